/** The words of the rules panel and the "Phân bổ chỉ tiêu" input: pure, so they are tested alone. */
import { formatPercent } from '../../../core/delegation/labels.ts';
import type { DelegateRule } from '../../../core/delegation/types.ts';
import type { QuotaRule } from '../../../core/selection/types.ts';
import type { CompositionInput, QuotaOutcomeView } from '../../../shared/api/delegation.ts';
import { DEL } from './labels.ts';

const R = DEL.rules;

export type Rule = CompositionInput['rules'][number];

function bound(share: number | undefined, count: number): string {
  return share === undefined ? String(count) : `${formatPercent(share)} (${count})`;
}

/**
 * One resolved bound in words, with its numbers and verdict:
 * "Nữ: 48/150 — yêu cầu ≥ 30% (45): Đạt", "Lĩnh vực: Ngư nghiệp: 0 — yêu cầu ≥ 1: Chưa đạt".
 * A count is shown "of the seats" when the rule is a share of them.
 */
export function outcomeLine(outcome: QuotaOutcomeView, rule: QuotaRule | undefined, seats: number): string {
  const byShare = rule?.minShare !== undefined || rule?.maxShare !== undefined;
  const count = byShare ? `${outcome.count}/${seats}` : String(outcome.count);
  const { min, max } = outcome;
  let requirement: string;
  if (min !== null && max !== null && min === max) {
    requirement = `= ${bound(rule?.minShare ?? rule?.maxShare, min)}`;
  } else {
    const parts: string[] = [];
    if (min !== null) parts.push(`${R.atLeast} ${bound(rule?.minShare, min)}`);
    if (max !== null) parts.push(`${R.atMost} ${bound(rule?.maxShare, max)}`);
    requirement = parts.join(` ${R.and} `);
  }
  return `${outcome.label}: ${count} — ${R.required} ${requirement}: ${outcome.met ? R.met : R.notMet}`;
}

/** The outcomes of each rule, in rule order (a rule over "mọi giá trị" has one per value). */
export function groupByRule(outcomes: readonly QuotaOutcomeView[]): Map<number, QuotaOutcomeView[]> {
  const groups = new Map<number, QuotaOutcomeView[]>();
  for (const o of outcomes) {
    const list = groups.get(o.index) ?? [];
    list.push(o);
    groups.set(o.index, list);
  }
  return groups;
}

export type ParsedUnits =
  | { ok: true; units: Array<{ unit: string; weight: number }> }
  | { ok: false; problems: string[] };

/**
 * Units and weights as typed or pasted from two Excel columns: one unit a line, the weight the last
 * number on it ("Trạm Y tế; 12", "Trạm Y tế\t12", "Tổ 2 12"); "1.234" is 1234,
 * "12,5" is 12.5. Empty lines are skipped.
 */
export function parseUnitLines(text: string): ParsedUnits {
  const units: Array<{ unit: string; weight: number }> = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const m = /^(.*?)[\s;:,|]+(\d[\d.]*(?:,\d+)?)\s*$/u.exec(line);
    const unit =
      m?.[1]
        .trim()
        .replace(/[;:,|]+$/u, '')
        .trim() ?? '';
    const weight = m ? Number(m[2].replace(/\./g, '').replace(',', '.')) : Number.NaN;
    if (!m || unit === '' || !Number.isFinite(weight)) problems.push(DEL.apportion.badLine(i + 1, line));
    else units.push({ unit, weight });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (units.length === 0) return { ok: false, problems: [DEL.apportion.noUnits] };
  return { ok: true, units };
}

export function findRule(rules: readonly Rule[], column: DelegateRule['column'], value: string): number {
  return rules.findIndex((r) => r.column === column && r.value === value && !r.each);
}

/** The minimum share a rule asks for: its share, or its count of the seats. */
export function minShareOf(rule: Rule | undefined, seats: number): number {
  if (!rule) return 0;
  if (rule.minShare !== undefined) return rule.minShare;
  return rule.min !== undefined && seats > 0 ? Math.min(1, rule.min / seats) : 0;
}

/**
 * Sets the minimum share of one value, keeping the rule's own way of counting (a share, or a number
 * of people); a rule that fixed the value exactly (minimum = maximum, as the plan's 70% does) keeps
 * doing so. Adds the rule when there is none.
 */
export function withMinShare(
  rules: readonly Rule[],
  column: DelegateRule['column'],
  value: string,
  share: number,
  seats: number,
): Rule[] {
  const at = findRule(rules, column, value);
  if (at < 0) return [...rules, { column, value, minShare: share }];
  return rules.map((r, i) => {
    if (i !== at) return r;
    if (r.minShare === undefined && r.min !== undefined) {
      const count = Math.ceil(share * seats - 1e-9);
      return { ...r, min: count, ...(r.max !== undefined && r.max === r.min ? { max: count } : {}) };
    }
    const exact = r.maxShare !== undefined && r.maxShare === r.minShare;
    return { ...r, minShare: share, ...(exact ? { maxShare: share } : {}) };
  });
}
