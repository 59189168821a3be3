import { type Actor, scopePaths } from '../../../core/auth/access.ts';
import { ROLE_PERMISSIONS } from '../../../core/auth/roles.ts';
import type { ConferenceSummary } from '../../../shared/api/conferences.ts';
import type { ServiceContext } from '../../context.ts';
import { listConferences, toConferenceSummary } from '../conferences/index.ts';

export type NominationConference = ConferenceSummary & { role: 'organiser' | 'nominator' };

/** The strict ancestors of a unit path: "/a/b/c/" → ["/a/", "/a/b/"]. */
function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** Conferences the user organises, and those of the units above them that they may nominate to. */
export async function listNominationConferences(
  ctx: ServiceContext,
  actor: Actor,
): Promise<NominationConference[]> {
  const organised = await listConferences(ctx.db, scopePaths(actor, 'conference.read'));
  const seen = new Set(organised.map((c) => c.conference.id));
  const above = new Set(
    actor.grants
      .filter((g) => ROLE_PERMISSIONS[g.role].includes('nomination.submit'))
      .flatMap((g) => ancestorPaths(g.unitPath)),
  );
  const candidates = above.size > 0 ? await listConferences(ctx.db, [...above]) : [];
  const nominated = candidates.filter((c) => above.has(c.unitPath) && !seen.has(c.conference.id));
  return [
    ...organised.map((c) => ({ ...toConferenceSummary(c), role: 'organiser' as const })),
    ...nominated.map((c) => ({ ...toConferenceSummary(c), role: 'nominator' as const })),
  ];
}
