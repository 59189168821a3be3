/** Calendar dates as plain `YYYY-MM-DD` strings: core code never reads the clock. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits an ISO date into numbers; throws on anything else. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`Not a calendar date: ${iso}`);
  }
  return { year, month, day };
}

/** True when the string is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(iso: string): boolean {
  try {
    parseIsoDate(iso);
    return true;
  } catch {
    return false;
  }
}

/**
 * The long date of Nghị định 30/2020: "ngày 14 tháng 8 năm 2025".
 * Days 1–9 and months 1–2 take a leading zero ("ngày 05 tháng 02 năm 2025").
 */
export function formatLongDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The place-date line of an administrative document: "Bạch Long Vĩ, ngày 14 tháng 8 năm 2025". */
export function formatPlaceDate(place: string, iso: string | null): string {
  if (!iso) return `${place}, ngày … tháng … năm …`;
  return `${place}, ${formatLongDate(iso)}`;
}

/** Short date as written in running text: "25/8/2025". */
export function formatShortDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}/${month}/${year}`;
}

/** Day-first date with zero padding, for tables and forms: "25/08/2025". */
export function formatDayMonthYear(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** The calendar date in Vietnam (UTC+7, no daylight saving) of an instant: what "today" means to users. */
export function isoDateInVietnam(instant: Date): string {
  return new Date(instant.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
