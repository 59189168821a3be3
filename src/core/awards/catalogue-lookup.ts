/** Finding a form in a catalogue (built-in or stored): by date, the newest version, by recipient. */
import { compareVietnamese } from '../vietnamese/collate.ts';
import { formatDayMonthYear } from '../vietnamese/dates.ts';
import type { AwardForm } from './types.ts';

/** The version of form `code` in force on `isoDate` (the latest start when versions overlap), or null. */
export function formInForce(forms: readonly AwardForm[], code: string, isoDate: string): AwardForm | null {
  let found: AwardForm | null = null;
  for (const f of forms) {
    if (f.code !== code || f.effectiveFrom > isoDate) continue;
    if (f.effectiveTo !== null && f.effectiveTo < isoDate) continue;
    if (!found || f.effectiveFrom > found.effectiveFrom) found = f;
  }
  return found;
}

/** The newest version of form `code` (for its name and level when no date applies), or null. */
export function latestForm(forms: readonly AwardForm[], code: string): AwardForm | null {
  let found: AwardForm | null = null;
  for (const f of forms) {
    if (f.code === code && (!found || f.effectiveFrom > found.effectiveFrom)) found = f;
  }
  return found;
}

/** The newest version of each code, in catalogue order (level, then sort order, then name). */
export function currentForms(forms: readonly AwardForm[]): AwardForm[] {
  const byCode = new Map<string, AwardForm>();
  for (const f of forms) {
    const seen = byCode.get(f.code);
    if (!seen || f.effectiveFrom > seen.effectiveFrom) byCode.set(f.code, f);
  }
  return [...byCode.values()].sort((a, b) => a.sortOrder - b.sortOrder || compareVietnamese(a.name, b.name));
}

/** Which recipients a subject kind may be: households and villages count as collectives. */
export function formAcceptsKind(form: AwardForm, kind: 'individual' | 'collective'): boolean {
  return kind === 'individual'
    ? form.recipients.includes('individual')
    : form.recipients.some((r) => r !== 'individual');
}

/** "danh hiệu “Lao động tiên tiến”" or "hình thức “Giấy khen”", for messages. */
export function describeForm(form: Pick<AwardForm, 'category' | 'name'>): string {
  return `${form.category === 'title' ? 'danh hiệu' : 'hình thức'} “${form.name}”`;
}

/** Level names as Biểu 1 writes them. */
export const AWARD_LEVEL_LABELS: Record<AwardForm['level'], string> = {
  nha_nuoc: 'Khen thưởng cấp Nhà nước',
  thanh_pho: 'Khen thưởng cấp thành phố',
  co_so: 'Khen thưởng cấp cơ sở',
};

/**
 * Why form `code` has no version on `isoDate`, in Vietnamese, or null when it has one (or the code is
 * unknown: callers name the known codes themselves). A form that ended says until when and, for a form
 * of the former district level (`…-huyen`), which form of the commune level took its place.
 */
export function formNotInForceMessage(
  forms: readonly AwardForm[],
  code: string,
  isoDate: string,
): string | null {
  const versions = forms.filter((f) => f.code === code);
  if (versions.length === 0 || formInForce(forms, code, isoDate)) return null;
  const name = latestForm(versions, code)?.name ?? code;
  const ends = versions.map((f) => f.effectiveTo);
  const lastEnd = ends.includes(null) ? null : ends.reduce((a, b) => ((b ?? '') > (a ?? '') ? b : a), null);
  if (lastEnd === null || lastEnd >= isoDate) {
    return `Danh mục chưa có mức tiền thưởng của “${name}” áp dụng cho ngày ${formatDayMonthYear(isoDate)}.`;
  }
  const successor = code.endsWith('-huyen')
    ? formInForce(forms, code.slice(0, -'-huyen'.length), isoDate)
    : null;
  const hint = successor
    ? ` Từ ngày ${formatDayMonthYear(successor.effectiveFrom)} không còn cấp huyện: Giấy khen do Chủ tịch Ủy ban nhân dân cấp xã tặng là “${successor.name}” (mã ${successor.code}).`
    : '';
  return `“${name}” chỉ áp dụng đến hết ngày ${formatDayMonthYear(lastEnd)}, không dùng được cho ngày ${formatDayMonthYear(isoDate)}.${hint}`;
}
