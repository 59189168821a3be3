/** Accent-insensitive text for search: "Đường Hậu" and "duong hau" fold to the same string. */

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/gu;

/**
 * Lower case, tone and vowel marks removed, "đ" → "d", whitespace collapsed and trimmed:
 * foldVietnamese("  Đặc khu  Bạch Long Vĩ ") === "dac khu bach long vi".
 * NFD splits every mark off its letter, so "Hoà" and "Hòa" (different tone placement) fold alike.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * True when every word of the query occurs somewhere in the haystack, ignoring case and marks:
 * matchesSearch("Nguyễn Văn Hậu", "hau nguyen") === true. An empty query matches everything.
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const folded = foldVietnamese(haystack);
  const words = foldVietnamese(query)
    .split(' ')
    .filter((w) => w !== '');
  return words.every((w) => folded.includes(w));
}

/**
 * A URL- and key-safe slug: folded, with runs of anything but a–z and 0–9 turned into one hyphen:
 * slugifyVietnamese("Phòng Văn hóa - Xã hội") === "phong-van-hoa-xa-hoi".
 */
export function slugifyVietnamese(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
