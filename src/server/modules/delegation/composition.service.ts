import type { Actor } from '../../../core/auth/access.ts';
import { DELEGATE_COLUMN_LABELS, outcomeLabel, type ValueLabeler } from '../../../core/delegation/labels.ts';
import type { CompositionSettings, DelegateCandidate, DelegateRule } from '../../../core/delegation/types.ts';
import { conflictError, DomainError, type FieldProblem } from '../../../core/errors/domain-error.ts';
import { ruleBounds } from '../../../core/selection/resolve.ts';
import type { CompositionInput } from '../../../shared/api/delegation.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference } from '../conferences/index.ts';
import { findComposition, saveCompositionIfVersion } from './delegation.repo.ts';
import { compositionOf, loadDelegationContext } from './delegation.service.ts';

/** The saved composition of a conference, or the plan's defaults with version 0. */
export async function getComposition(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<CompositionSettings> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  return compositionOf(await findComposition(ctx.db, conferenceId), found.conference);
}

/** "Quy tắc 2 (Giới tính: Nữ)", "Quy tắc 5 (Lĩnh vực, mỗi giá trị)". */
export function ruleName(rule: DelegateRule, index: number, labelValue: ValueLabeler): string {
  const subject = rule.each
    ? `${DELEGATE_COLUMN_LABELS[rule.column]}, mỗi giá trị`
    : outcomeLabel(rule.column, rule.value ?? '', labelValue);
  return `Quy tắc ${index + 1} (${subject})`;
}

function ruleProblems(
  rules: readonly DelegateRule[],
  seats: number,
  labelValue: ValueLabeler,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const byValue = new Map<string, { min: number; max: number; index: number }>();
  rules.forEach((rule, i) => {
    const name = ruleName(rule, i, labelValue);
    const { min, max } = ruleBounds(rule, seats);
    if (min !== null && max !== null && min > max) {
      out.push({
        path: `rules.${i}.min`,
        message: `${name}: tối thiểu ${min} người lớn hơn tối đa ${max} người`,
      });
      return;
    }
    if (min !== null && min > seats) {
      out.push({
        path: `rules.${i}.min`,
        message: `${name}: tối thiểu ${min} người, nhiều hơn tổng số đại biểu (${seats})`,
      });
      return;
    }
    if (rule.each) return;
    const key = `${rule.column}\u0000${rule.value ?? ''}`;
    const other = byValue.get(key);
    const lo = Math.max(other?.min ?? 0, min ?? 0);
    const hi = Math.min(other?.max ?? Number.POSITIVE_INFINITY, max ?? Number.POSITIVE_INFINITY);
    if (other && lo > hi) {
      out.push({
        path: `rules.${i}.min`,
        message: `${name} mâu thuẫn với quy tắc ${other.index + 1}: tối thiểu ${lo} người lớn hơn tối đa ${hi} người`,
      });
      return;
    }
    byValue.set(key, { min: lo, max: hi, index: other?.index ?? i });
  });
  return out;
}

function pickProblems(input: CompositionInput, candidates: readonly DelegateCandidate[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  for (const [key, label] of [
    ['include', 'Chọn chắc chắn'],
    ['exclude', 'Loại ra'],
  ] as const) {
    input[key].forEach((id, i) => {
      if (!byId.has(id))
        out.push({
          path: `${key}.${i}`,
          message: `${label} (mục ${i + 1}): không có trong danh sách đại biểu dự kiến của hội nghị`,
        });
    });
  }
  const included = new Set(input.include);
  input.exclude.forEach((id, i) => {
    const c = byId.get(id);
    if (c && included.has(id))
      out.push({
        path: `exclude.${i}`,
        message: `Loại ra (mục ${i + 1}): ${c.name} đang được chọn chắc chắn; hãy bỏ một trong hai`,
      });
  });
  if (included.size > input.seats)
    out.push({
      path: 'include',
      message: `Chọn chắc chắn: ${included.size} người, nhiều hơn tổng số đại biểu (${input.seats})`,
    });
  return out;
}

/**
 * Saves the seats, rules, locks, exclusions and weights when nobody saved since `version` was read
 * (0 = never saved). Seats may not exceed the plan's maximum; locked and excluded people must be
 * candidates, and not both; a rule's minimum may not exceed its maximum. Audited in the same transaction.
 */
export async function updateComposition(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  body: CompositionInput & { version: number },
  meta: RequestMeta,
): Promise<CompositionSettings> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const context = await loadDelegationContext(ctx.db, conferenceId, found);
  const { version, ...raw } = body;
  const input: CompositionInput = {
    ...raw,
    include: [...new Set(raw.include)],
    exclude: [...new Set(raw.exclude)],
  };
  const max = found.conference.maxDelegates;
  const problems: FieldProblem[] = [];
  if (input.seats > max)
    problems.push({
      path: 'seats',
      message: `Tổng số đại biểu: không được lớn hơn số đại biểu tối đa của kế hoạch (${max})`,
    });
  problems.push(...ruleProblems(input.rules as DelegateRule[], input.seats, context.labelValue));
  problems.push(...pickProblems(input, context.candidates));
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION',
      `Cơ cấu đại biểu chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    );
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    const saved = await saveCompositionIfVersion(tx, conferenceId, version, input, {
      now,
      updatedBy: actor.userId || null,
    });
    if (!saved) throw conflictError('Cơ cấu đại biểu');
    const { version: _v, ...before } = context.composition;
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'delegate_composition.updated',
        entityType: 'delegate_composition',
        entityId: conferenceId,
        unitId: found.conference.unitId,
        before: context.composition.version === 0 ? null : before,
        after: input,
      },
      meta.ip,
    );
  });
  return compositionOf(await findComposition(ctx.db, conferenceId), found.conference);
}
