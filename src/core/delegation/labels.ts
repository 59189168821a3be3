/**
 * Vietnamese words of the delegation: column and category labels, the label of a counted value
 * ("Giới tính: Nữ"), rule summaries ("Nữ ≥ 30% (45 người)"), and the sentences that explain a proposal.
 */
import type { ReferenceListName, ReferenceLists } from '../reference/types.ts';
import type { Explanation, QuotaOutcome, QuotaRule, Relaxation } from '../selection/types.ts';
import type { DelegateCategory, DelegateColumn } from './types.ts';
import { DELEGATE_COLUMNS } from './types.ts';

export const DELEGATE_COLUMN_LABELS: Record<DelegateColumn, string> = {
  category: 'Thành phần',
  kind: 'Loại',
  gender: 'Giới tính',
  ethnic: 'Dân tộc',
  minority: 'Dân tộc thiểu số',
  field: 'Lĩnh vực',
  sector: 'Thành phần kinh tế',
  direct_worker: 'Trực tiếp lao động',
  former_unit: 'Đơn vị trước sắp xếp',
  nominating_unit: 'Đơn vị đề cử',
  priority_area: 'Lĩnh vực ưu tiên',
};

export const DELEGATE_CATEGORY_LABELS: Record<DelegateCategory, string> = {
  dien_hinh: 'Điển hình tiên tiến',
  khach_moi: 'Khách mời',
  lanh_dao: 'Lãnh đạo các cấp, các ngành',
};

/** The label of a stored value of a column (a reference item's label, a unit's name…). */
export type ValueLabeler = (column: DelegateColumn, value: string) => string;

/** Values whose labels are fixed in the code (not in a reference list). */
const BUILTIN_VALUE_LABELS: Partial<Record<DelegateColumn, Record<string, string>>> = {
  category: DELEGATE_CATEGORY_LABELS,
  kind: { individual: 'Cá nhân', collective: 'Tập thể' },
  gender: { nam: 'Nam', nu: 'Nữ' },
  minority: { thieu_so: 'Dân tộc thiểu số', kinh: 'Dân tộc Kinh' },
  direct_worker: { '1': 'Có', '0': 'Không' },
};

function isDelegateColumn(column: string): column is DelegateColumn {
  return (DELEGATE_COLUMNS as readonly string[]).includes(column);
}

/** The label of a value: the fixed labels first, then the caller's; "Chưa ghi" for an empty value. */
export function valueLabel(column: string, value: string, labelValue: ValueLabeler): string {
  if (value === '') return 'Chưa ghi';
  if (!isDelegateColumn(column)) return value;
  const builtin = BUILTIN_VALUE_LABELS[column]?.[value];
  if (builtin !== undefined) return builtin;
  return labelValue(column, value) || value;
}

function columnLabel(column: string): string {
  return isDelegateColumn(column) ? DELEGATE_COLUMN_LABELS[column] : column;
}

/**
 * The label of one counted value: "Giới tính: Nữ", "Lĩnh vực: Ngư nghiệp". Ethnic minority values
 * already name the column: "Dân tộc thiểu số".
 */
export function outcomeLabel(column: string, value: string, labelValue: ValueLabeler): string {
  const v = valueLabel(column, value, labelValue);
  if (column === 'minority' && value !== '') return v;
  return `${columnLabel(column)}: ${v}`;
}

/** The short subject of a rule: "Nữ", "Điển hình tiên tiến", "Trực tiếp lao động", "Lĩnh vực: Y tế". */
function ruleSubject(column: string, value: string, labelValue: ValueLabeler): string {
  if (column === 'gender' || column === 'category' || column === 'kind' || column === 'minority') {
    return valueLabel(column, value, labelValue);
  }
  if (column === 'direct_worker') {
    return value === '1'
      ? 'Trực tiếp lao động'
      : value === '0'
        ? 'Không trực tiếp lao động'
        : 'Trực tiếp lao động: Chưa ghi';
  }
  return outcomeLabel(column, value, labelValue);
}

/** A share in percent, up to one decimal with a comma: 0.3 → "30%", 0.705 → "70,5%". */
export function formatPercent(share: number): string {
  const tenths = Math.round(share * 1000);
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1).replace('.', ',')}%`;
}

/** A share of seats as a count: a minimum rounds up, a maximum down. */
export function shareToCount(share: number, seats: number, bound: 'min' | 'max'): number {
  const x = share * seats;
  return bound === 'min' ? Math.ceil(x - 1e-9) : Math.floor(x + 1e-9);
}

/**
 * A rule in words for the rules panel: "Nữ ≥ 30% (45 người)", "Điển hình tiên tiến = 70% (105 người)",
 * "Dân tộc thiểu số ≥ 1 người", "Mỗi lĩnh vực ≥ 1 người", "Giới tính: Nam ≤ 105 người".
 */
export function describeRule(rule: QuotaRule, seats: number, labelValue: ValueLabeler): string {
  const subject =
    rule.each === true
      ? `Mỗi ${columnLabel(rule.column).toLocaleLowerCase('vi')}`
      : ruleSubject(rule.column, rule.value ?? '', labelValue);
  const lower: string[] = [];
  const upper: string[] = [];
  if (rule.minShare !== undefined) {
    lower.push(`${formatPercent(rule.minShare)} (${shareToCount(rule.minShare, seats, 'min')} người)`);
  }
  if (rule.min !== undefined) lower.push(`${rule.min} người`);
  if (rule.maxShare !== undefined) {
    upper.push(`${formatPercent(rule.maxShare)} (${shareToCount(rule.maxShare, seats, 'max')} người)`);
  }
  if (rule.max !== undefined) upper.push(`${rule.max} người`);
  if (lower.length === 1 && upper.length === 1 && lower[0] === upper[0]) {
    return `${subject} = ${lower[0]}`;
  }
  const bounds = [...lower.map((b) => `≥ ${b}`), ...upper.map((b) => `≤ ${b}`)];
  return `${subject} ${bounds.join(', ')}`;
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/**
 * Why a higher-scored candidate was left out, in one plain sentence:
 * "Không được chọn vì Giới tính: Nam đã đủ tối đa 105 người."
 */
export function explanationText(
  e: Explanation,
  quotas: readonly (QuotaOutcome & { label: string })[],
): string {
  if (e.reason === 'excluded') return 'Đã được loại ra theo yêu cầu.';
  const named = e.quotas.map((i) => quotas[i]).filter((q) => q !== undefined);
  if (e.reason === 'at_max') {
    if (named.length === 0) return 'Không được chọn vì chọn thêm sẽ vượt mức tối đa của một quy định.';
    const parts = named.map((q) => `${q.label} đã đủ tối đa ${q.max ?? q.count} người`);
    return `Không được chọn vì ${joinWithAnd(parts)}.`;
  }
  if (named.length === 0) {
    return 'Không được chọn vì những người được chọn có điểm thấp hơn cần giữ để đủ mức tối thiểu của các quy định.';
  }
  const parts = named.map((q) => `${q.label} (${q.min ?? 0} người)`);
  return `Không được chọn vì những người được chọn có điểm thấp hơn cần giữ để đủ tối thiểu của ${joinWithAnd(parts)}.`;
}

/**
 * The change that makes a list possible: "Giảm tối thiểu của Lĩnh vực: Ngư nghiệp từ 1 xuống 0",
 * "Tăng tối đa của Giới tính: Nam từ 45 lên 47".
 */
export function relaxationText(r: Relaxation & { label: string }): string {
  return r.bound === 'min'
    ? `Giảm tối thiểu của ${r.label} từ ${r.required} xuống ${r.achieved}`
    : `Tăng tối đa của ${r.label} từ ${r.required} lên ${r.achieved}`;
}

/** The reference list behind each coded column. */
const COLUMN_LISTS: Partial<Record<DelegateColumn, ReferenceListName>> = {
  ethnic: 'ethnic',
  field: 'field',
  sector: 'sector',
  priority_area: 'priority',
};

/**
 * A ValueLabeler over reference lists and unit names (id → name): codes become their labels,
 * unit ids their names; anything else is shown as written.
 */
export function referenceValueLabeler(
  lists: Partial<ReferenceLists>,
  unitNames: Readonly<Record<string, string>> = {},
): ValueLabeler {
  const maps = new Map<DelegateColumn, Map<string, string>>();
  for (const [column, list] of Object.entries(COLUMN_LISTS) as [DelegateColumn, ReferenceListName][]) {
    maps.set(column, new Map((lists[list] ?? []).map((item) => [item.code, item.label])));
  }
  return (column, value) => {
    if (column === 'nominating_unit') return unitNames[value] ?? value;
    return maps.get(column)?.get(value) ?? value;
  };
}

/**
 * How a value of a delegate column is shown: "nu" → "Nữ", an ethnic code → its name, a unit id → the
 * unit's full name, "1" of direct work → "Có"; the value itself when nothing is known of it.
 */
export function valueLabeler(lists: ReferenceLists, unitNames: ReadonlyMap<string, string>): ValueLabeler {
  const fromReference = referenceValueLabeler(lists, Object.fromEntries(unitNames));
  return (column, value) => valueLabel(column, value, fromReference);
}

/** Resolved outcomes with their Vietnamese labels ("Giới tính: Nữ"). */
export function labelOutcomes(
  outcomes: readonly QuotaOutcome[],
  labelValue: ValueLabeler,
): Array<QuotaOutcome & { label: string }> {
  return outcomes.map((o) => ({ ...o, label: outcomeLabel(o.column, o.value, labelValue) }));
}
