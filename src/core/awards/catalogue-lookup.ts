/** Finding a form in a catalogue (built-in or stored): by date, the newest version, by recipient. */
import { compareVietnamese } from '../vietnamese/collate.ts';
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
