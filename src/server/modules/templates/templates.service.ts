import type { Actor } from '../../../core/auth/access.ts';
import type { ConferenceTemplate } from '../../../core/conference/template.ts';
import { conflictError, notFoundError } from '../../../core/errors/domain-error.ts';
import type { ConferenceTemplateRecord, ConferenceTemplateSummary } from '../../../shared/api/conferences.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorize } from '../units/index.ts';
import {
  findTemplate,
  listTemplatesAbove,
  type TemplateRow,
  updateTemplateIfVersion,
} from './templates.repo.ts';

const TEMPLATE = 'mẫu kế hoạch này';

function summary(t: TemplateRow): ConferenceTemplateSummary {
  return {
    id: t.id,
    ownerUnitId: t.ownerUnitId,
    title: t.title,
    year: t.year,
    isDefault: t.isDefault,
    version: t.version,
    updatedAt: t.updatedAt,
  };
}

/** A template is usable by anyone whose scope lies under its owner (the city's template serves every unit). */
function usableBy(actor: Actor, t: TemplateRow): boolean {
  return actor.grants.some((g) => g.unitPath.startsWith(t.ownerPath) || t.ownerPath.startsWith(g.unitPath));
}

export async function listTemplates(ctx: ServiceContext, actor: Actor): Promise<ConferenceTemplateSummary[]> {
  const rows = await listTemplatesAbove(
    ctx.db,
    actor.grants.map((g) => g.unitPath),
  );
  return rows.map(summary);
}

export async function getTemplate(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<ConferenceTemplateRecord> {
  const t = await findTemplate(ctx.db, id);
  if (!t || !usableBy(actor, t)) throw notFoundError(TEMPLATE);
  return { ...summary(t), body: t.body };
}

/** The template a new conference of the unit at `unitPath` uses when none is named: the nearest default. */
export async function defaultTemplateFor(ctx: ServiceContext, unitPath: string): Promise<TemplateRow | null> {
  const rows = await listTemplatesAbove(ctx.db, [unitPath]);
  const defaults = rows
    .filter((r) => r.isDefault)
    .sort((a, b) => b.ownerPath.length - a.ownerPath.length || b.year - a.year);
  return defaults[0] ?? null;
}

export async function loadTemplateForUnit(ctx: ServiceContext, actor: Actor, id: string, unitPath: string) {
  const t = await findTemplate(ctx.db, id);
  if (!t || !usableBy(actor, t) || !unitPath.startsWith(t.ownerPath)) throw notFoundError(TEMPLATE);
  return t;
}

/** Saves the city's edit of a template; conferences already created keep their own copy. */
export async function updateTemplate(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: { version: number; body: ConferenceTemplate },
  meta: RequestMeta,
): Promise<ConferenceTemplateRecord> {
  const t = await authorize(actor, 'template.manage', {
    // A template the actor cannot use is "not found", like one that does not exist.
    load: async () => {
      const found = await findTemplate(ctx.db, id);
      return found && usableBy(actor, found) ? found : null;
    },
    unitPath: (found) => found.ownerPath,
    what: TEMPLATE,
  });
  const now = ctx.now();
  return ctx.db.transaction().execute(async (tx) => {
    if (!(await updateTemplateIfVersion(tx, id, input.version, input.body, now)))
      throw conflictError('Mẫu kế hoạch');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'template.updated',
        entityType: 'template',
        entityId: id,
        unitId: t.ownerUnitId,
        before: t.body,
        after: input.body,
      },
      meta.ip,
    );
    const updated = {
      ...t,
      body: input.body,
      title: input.body.title,
      year: input.body.year,
      version: input.version + 1,
      updatedAt: now.toISOString(),
    };
    return { ...summary(updated), body: updated.body };
  });
}
