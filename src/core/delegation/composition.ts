/**
 * The composition of a delegation as a problem for the selection engine, and the checks of a
 * composition before it is saved: seats within the plan, rules whose minimum does not exceed their
 * maximum (alone or together with another rule on the same value), and people locked in or left out
 * who are candidates, and not both.
 */
import { DomainError, type FieldProblem } from '../errors/domain-error.ts';
import { ruleBounds } from '../selection/resolve.ts';
import type { SelectionProblem } from '../selection/types.ts';
import { toSelectionCandidates } from './attributes.ts';
import { DELEGATE_COLUMN_LABELS, outcomeLabel, type ValueLabeler } from './labels.ts';
import type { CompositionSettings, DelegateCandidate, DelegateRule } from './types.ts';

/** The parts of a composition the engine and the checks read. */
export type CompositionChoice = Pick<CompositionSettings, 'seats' | 'rules' | 'include' | 'exclude'>;

/**
 * The engine's problem for these candidates and settings; locks and exclusions of people no longer
 * candidates are dropped.
 */
export function compositionProblem(
  candidates: readonly DelegateCandidate[],
  settings: CompositionChoice,
): SelectionProblem {
  const ids = new Set(candidates.map((c) => c.id));
  return {
    seats: settings.seats,
    candidates: toSelectionCandidates(candidates),
    quotas: settings.rules,
    include: settings.include.filter((id) => ids.has(id)),
    exclude: settings.exclude.filter((id) => ids.has(id)),
  };
}

/** "Quy tắc 2 (Giới tính: Nữ)", "Quy tắc 5 (Lĩnh vực, mỗi giá trị)". */
export function ruleName(rule: DelegateRule, index: number, labelValue: ValueLabeler): string {
  const subject = rule.each
    ? `${DELEGATE_COLUMN_LABELS[rule.column]}, mỗi giá trị`
    : outcomeLabel(rule.column, rule.value ?? '', labelValue);
  return `Quy tắc ${index + 1} (${subject})`;
}

/** Rules that cannot hold: minimum above maximum, above the seats, or against another rule on the same value. */
export function ruleProblems(
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

/** People locked in or left out who are not candidates, in both lists, or more locked in than seats. */
export function pickProblems(
  choice: CompositionChoice,
  candidates: readonly DelegateCandidate[],
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  for (const [key, label] of [
    ['include', 'Chọn chắc chắn'],
    ['exclude', 'Loại ra'],
  ] as const) {
    choice[key].forEach((id, i) => {
      if (!byId.has(id))
        out.push({
          path: `${key}.${i}`,
          message: `${label} (mục ${i + 1}): không có trong danh sách đại biểu dự kiến của hội nghị`,
        });
    });
  }
  const included = new Set(choice.include);
  choice.exclude.forEach((id, i) => {
    const c = byId.get(id);
    if (c && included.has(id))
      out.push({
        path: `exclude.${i}`,
        message: `Loại ra (mục ${i + 1}): ${c.name} đang được chọn chắc chắn; hãy bỏ một trong hai`,
      });
  });
  if (included.size > choice.seats)
    out.push({
      path: 'include',
      message: `Chọn chắc chắn: ${included.size} người, nhiều hơn tổng số đại biểu (${choice.seats})`,
    });
  return out;
}

/** Every problem of a composition about to be saved: seats within the plan's maximum, the rules, the picks. */
export function compositionProblems(
  choice: CompositionChoice,
  context: { maxDelegates: number; candidates: readonly DelegateCandidate[]; labelValue: ValueLabeler },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (choice.seats > context.maxDelegates)
    problems.push({
      path: 'seats',
      message: `Tổng số đại biểu: không được lớn hơn số đại biểu tối đa của kế hoạch (${context.maxDelegates})`,
    });
  problems.push(...ruleProblems(choice.rules, choice.seats, context.labelValue));
  problems.push(...pickProblems(choice, context.candidates));
  return problems;
}

/** Throws one VALIDATION error listing every problem, or returns when there is none. */
export function assertCompositionValid(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError(
    'VALIDATION',
    `Cơ cấu đại biểu chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
    problems,
  );
}
