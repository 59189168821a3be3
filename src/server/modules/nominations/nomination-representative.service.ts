import type { Actor } from '../../../core/auth/access.ts';
import { conflictError, DomainError, notFoundError } from '../../../core/errors/domain-error.ts';
import { representativeProblems } from '../../../core/nominations/rules.ts';
import { isoDateInVietnam } from '../../../core/vietnamese/dates.ts';
import type { RepresentativeBody, RepresentativeView } from '../../../shared/api/delegation.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference } from '../conferences/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { findNomination, updateRepresentativeIfVersion } from './nominations.repo.ts';

const NOMINATION = 'đề cử này';

/**
 * PUT /api/conferences/:id/delegates/representatives/:nominationId: the organiser names who attends for
 * a collective (name, gender, birth year, ethnic group), in any state of its nomination — the
 * representative is who comes to the conference, not part of what the council judged. Saved at the
 * version the user loaded (409 otherwise) and audited.
 */
export async function updateRepresentative(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  nominationId: string,
  body: RepresentativeBody,
  meta: RequestMeta,
): Promise<RepresentativeView> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const row = await findNomination(ctx.db, nominationId);
  if (!row || row.conferenceId !== conferenceId) throw notFoundError(NOMINATION);
  const { version, ...input } = body;
  if (row.kind !== 'collective') {
    throw new DomainError('VALIDATION', 'Chỉ tập thể mới có người đại diện; cá nhân tự dự hội nghị.', [
      { path: 'representativeName', message: 'Người đại diện: chỉ ghi cho tập thể' },
    ]);
  }
  const clean = { ...input, representativeName: input.representativeName.replace(/\s+/gu, ' ').trim() };
  const problems = representativeProblems(clean, {
    today: isoDateInVietnam(ctx.now()),
    lists: await loadReferenceLists(ctx.db),
  });
  if (problems.length > 0)
    throw new DomainError('VALIDATION', problems.map((p) => p.message).join('; '), problems);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateRepresentativeIfVersion(tx, nominationId, version, clean, now)))
      throw conflictError('Đề cử');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'nomination.representative_updated',
        entityType: 'nomination',
        entityId: nominationId,
        unitId: found.conference.unitId,
        before: {
          representativeName: row.representativeName,
          representativeGender: row.representativeGender,
          representativeBirthYear: row.representativeBirthYear,
          representativeEthnicCode: row.representativeEthnicCode,
        },
        after: clean,
      },
      meta.ip,
    );
  });
  return { nominationId, version: version + 1, ...clean };
}
