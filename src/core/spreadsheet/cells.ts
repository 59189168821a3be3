/**
 * Reading one cell's text as a value: dates (dd/mm/yyyy, ISO or an Excel serial), years, yes/no,
 * gender and choices from a table of folded words. Each reader answers undefined for a text it cannot
 * read, so the caller can name the cell in its message.
 */

import { isIsoDate } from '../vietnamese/dates.ts';
import { headerKey } from './columns.ts';

/** Decomposed marks ("Unicode tổ hợp" keyboards): such text is stored composed (NFC). */
const COMBINING = /[\u0300-\u036f]/u;

/** A cell's text trimmed, and composed when it was typed with combining marks. */
export function cleanCell(raw: string | undefined): string {
  const trimmed = raw ? raw.trim() : '';
  return COMBINING.test(trimmed) ? trimmed.normalize('NFC') : trimmed;
}

/** Excel counts days from 30/12/1899; a date cell read as a plain number still means a date. */
function excelSerialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * "14/08/2025", "4/8/2025", "14.08.2025", "2025-08-14" or an Excel serial (45883) → ISO; null when it
 * is not a date of the calendar ("31/02/2025" is null).
 */
export function parseDayMonthYear(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  const iso = dmy
    ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/u.test(t)
      ? t
      : /^\d{5}(\.\d+)?$/u.test(t)
        ? excelSerialToIso(Number(t))
        : null;
  return iso && isIsoDate(iso) ? iso : null;
}

/**
 * A year: four digits, or the year of a full date ("02/03/1975", a date cell read as "1975-03-02");
 * null for an empty cell, undefined when it is not a year ("19x5", "75", an Excel serial).
 */
export function readYear(text: string): number | null | undefined {
  if (text === '') return null;
  if (/^\d{4}$/u.test(text)) return Number(text);
  // A bare number is never a birth date: "45883" would be read as 2025.
  const date = /^\d+$/u.test(text) ? null : parseDayMonthYear(text);
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** The words read as yes and no, folded; Excel's TRUE/FALSE cells included. */
const YES_NO: Readonly<Record<string, boolean>> = {
  co: true,
  x: true,
  '1': true,
  true: true,
  khong: false,
  '0': false,
  false: false,
};

/** "Có", "x", "1" → true; "Không", "0" → false; empty → false; otherwise undefined. */
export function readYesNo(text: string): boolean | undefined {
  return text === '' ? false : YES_NO[headerKey(text)];
}

const GENDERS: Readonly<Record<string, 'nam' | 'nu'>> = { nam: 'nam', nu: 'nu' };

/** "Nam" → 'nam', "Nữ"/"nu" → 'nu'; empty → null; otherwise undefined. */
export function readGender(text: string): 'nam' | 'nu' | null | undefined {
  return text === '' ? null : GENDERS[headerKey(text)];
}

/** A value from a table of folded words ("Cá nhân", "CN" → 'individual'); undefined when not in it. */
export function readChoice<T>(table: Readonly<Record<string, T>>, text: string): T | undefined {
  return Object.hasOwn(table, headerKey(text)) ? table[headerKey(text)] : undefined;
}

/** Memoises a reader per distinct text: 10,000 rows usually hold a few dozen distinct values. */
export function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const v = fn(text);
    cache.set(text, v);
    return v;
  };
}
