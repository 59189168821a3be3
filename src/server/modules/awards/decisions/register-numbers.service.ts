import type { Actor } from '../../../../core/auth/access.ts';
import { repeatedRegisterNumbers } from '../../../../core/awards/register-numbers.ts';
import { inListOrder } from '../../../../core/documents/award-decision-document.ts';
import { conflictError, DomainError } from '../../../../core/errors/domain-error.ts';
import type { DecisionView, UpdateRegisterNumbersBody } from '../../../../shared/api/award-decisions.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import { recordChange } from '../../audit/index.ts';
import { updateItemsIfVersion } from './decisions.repo.ts';
import { authorizeDecision, DECISION_TITLE, view } from './decisions.service.ts';

/**
 * Số vào sổ of a decision's certificates. The register is kept when certificates are issued, so the
 * numbers may be written on a draft or on an approved decision (they change nothing the decision says),
 * but not on one that was replaced. Versioned and audited like the decision.
 */
export async function updateRegisterNumbers(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: UpdateRegisterNumbersBody,
  meta: RequestMeta,
): Promise<DecisionView> {
  const d = await authorizeDecision(ctx, actor, id, 'nomination.review');
  if (d.replacedBy) {
    throw new DomainError(
      'INVALID_STATE',
      'Quyết định này đã được thay thế bằng một quyết định khác nên không ghi số vào sổ được.',
    );
  }
  if (d.version !== body.version) throw conflictError(DECISION_TITLE);
  const listed = inListOrder(d.items);
  const position = new Map(listed.map((item, i) => [item.id, i]));
  const wanted = new Map(body.items.map((i) => [i.id, i.registerNumber]));
  const unknown = body.items.findIndex((i) => !position.has(i.id));
  if (unknown >= 0) {
    throw new DomainError('VALIDATION', `Dòng ${unknown + 1} không thuộc quyết định này.`, [
      { path: `items.${unknown}.id`, message: `Dòng ${unknown + 1}: không thuộc quyết định này` },
    ]);
  }
  const items = d.items.map((item) =>
    wanted.has(item.id) ? { ...item, registerNumber: wanted.get(item.id) ?? '' } : item,
  );
  const repeated = repeatedRegisterNumbers(inListOrder(items));
  if (repeated.length > 0) {
    const fields = repeated.map((r) => ({
      path: `items.${r.index}.registerNumber`,
      message: `Số vào sổ (dòng ${r.index + 1}): số ${r.number} đã dùng cho dòng ${r.first + 1}`,
    }));
    throw new DomainError(
      'VALIDATION',
      `Mỗi giấy khen có một số vào sổ riêng: ${fields.map((f) => f.message).join('; ')}.`,
      fields,
    );
  }
  const numbers = (list: typeof items) =>
    inListOrder(list)
      .filter((i) => i.registerNumber)
      .map((i) => ({ name: i.subject.name, registerNumber: i.registerNumber }));
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateItemsIfVersion(tx, id, body.version, items, now))) throw conflictError(DECISION_TITLE);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_decision.register_numbers_updated',
        entityType: 'award_decision',
        entityId: id,
        unitId: d.unitId,
        before: { registerNumbers: numbers(d.items) },
        after: { registerNumbers: numbers(items) },
      },
      meta.ip,
    );
  });
  return view(ctx, id);
}
