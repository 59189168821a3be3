import { toRoman } from '../vietnamese/roman.ts';
import type { ConferencePlan, ConferenceSession } from './types.ts';

/**
 * A conference template: the city's plan for one cycle, as data. Texts may hold tokens that are
 * filled from the organising unit when a conference is created:
 * `{donVi}` "đặc khu Bạch Long Vĩ", `{loaiDonVi}` "đặc khu", `{tenDonVi}` "Bạch Long Vĩ",
 * `{DON_VI}` "ĐẶC KHU BẠCH LONG VĨ", `{thanhPho}` "Hải Phòng", `{nhiemKy}` "2025 - 2030",
 * `{giaiDoanTruoc}` "2020 - 2025", `{lanThu}` "I", `{daiHoi}` the upper congress, `{canCu}` the upper plan,
 * `{vanPhong}` the unit's office "Văn phòng Ủy ban nhân dân đặc khu" (or "Văn phòng Hội đồng nhân dân và
 * Ủy ban nhân dân xã" for a unit with a council).
 */
export interface ConferenceTemplate {
  /** Shown in the list of templates: "Hội nghị điển hình tiên tiến cấp xã 2025". */
  title: string;
  cityName: string;
  year: number;
  ordinal: number;
  term: string;
  previousTerm: string;
  /** "Đại hội thi đua yêu nước thành phố {thanhPho} lần thứ I ({nhiemKy})". */
  upperCongress: string;
  /** The upper plan this one carries out: "Quyết định số 3194/QĐ-UBND ngày 08/8/2025 …". */
  upperPlanReference: string;
  deadline: string | null;
  maxDelegates: number;
  exemplaryShare: number;
  guestShare: number;
  session: Omit<ConferenceSession, 'date' | 'venue'>;
  plan: ConferencePlan;
}

/** What a template needs to know about the organising unit. */
export interface TemplateUnit {
  /** Lower-case type word: "đặc khu", "xã", "phường". */
  typeLabel: string;
  /** Name without the type word: "Bạch Long Vĩ". */
  name: string;
  /**
   * Its office as its own documents name it ("Văn phòng Ủy ban nhân dân đặc khu"; see
   * `core/documents/unit-office.ts`); default "Văn phòng Ủy ban nhân dân" + the type word.
   */
  officeName?: string;
}

/** Name of the conference by section 3.6: "Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ". */
export function conferenceName(unit: TemplateUnit): string {
  return `Hội nghị tuyên dương điển hình tiên tiến ${unitLabel(unit)}`;
}

/** "đặc khu Bạch Long Vĩ"; an agency without a type word is named in full. */
export function unitLabel(unit: TemplateUnit): string {
  return [unit.typeLabel, unit.name].filter(Boolean).join(' ');
}

/** Second line of the name by section 3.6: "Lần thứ I (2025 - 2030)". */
export function conferenceNameLine2(ordinal: number, term: string): string {
  return `Lần thứ ${toRoman(ordinal)} (${term})`;
}

/** The token values for one unit and template. */
export function templateTokens(template: ConferenceTemplate, unit: TemplateUnit): Record<string, string> {
  const base: Record<string, string> = {
    donVi: unitLabel(unit),
    loaiDonVi: unit.typeLabel,
    tenDonVi: unit.name,
    DON_VI: unitLabel(unit).toLocaleUpperCase('vi'),
    LOAI_DON_VI: unit.typeLabel.toLocaleUpperCase('vi'),
    thanhPho: template.cityName,
    nhiemKy: template.term,
    giaiDoanTruoc: template.previousTerm,
    lanThu: toRoman(template.ordinal),
    vanPhong: unit.officeName ?? `Văn phòng Ủy ban nhân dân ${unit.typeLabel}`.trim(),
  };
  base.daiHoi = fillTokens(template.upperCongress, base);
  base.canCu = fillTokens(template.upperPlanReference, base);
  return base;
}

/** Replaces every `{token}` that has a value; unknown tokens are left as written. */
export function fillTokens(text: string, tokens: Record<string, string>): string {
  return text.replace(/\{([A-Za-z_]+)\}/g, (whole, key: string) => tokens[key] ?? whole);
}

/** Fills every string of a value (objects and arrays included) with the tokens. */
export function fillDeep<T>(value: T, tokens: Record<string, string>): T {
  if (typeof value === 'string') return fillTokens(value, tokens) as T;
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, tokens)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fillDeep(v, tokens);
    return out as T;
  }
  return value;
}
