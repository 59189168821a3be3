import { formatDayMonthYear, formatLongDate, isIsoDate } from '../../core/vietnamese/dates.ts';

/** "25/08/2025", or a dash when there is no date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const day = iso.slice(0, 10);
  return isIsoDate(day) ? formatDayMonthYear(day) : iso;
}

/** "ngày 14 tháng 8 năm 2025", or a dash. */
export function formatDateLong(iso: string | null | undefined): string {
  if (!iso) return '—';
  const day = iso.slice(0, 10);
  return isIsoDate(day) ? formatLongDate(day) : iso;
}

const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A moment in Vietnam time: "14/08/2025 09:05". */
export function formatDateTime(timestamp: string): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return timestamp;
  const parts = Object.fromEntries(dateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Parses what a user types in a date box: "25/8/2025", "25-08-2025" or "2025-08-25". */
export function parseDayMonthYear(input: string): string | null {
  const trimmed = input.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
