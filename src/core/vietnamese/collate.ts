/** Vietnamese alphabetical order, and the given-name-first order of Vietnamese name lists. */

/**
 * The one Vietnamese collator: a < ă < â, d < đ, tones a < à < ả < ã < á < ạ, numbers by value
 * ("Tổ 2" before "Tổ 10").
 */
export const vietnameseCollator: Intl.Collator = new Intl.Collator('vi', { numeric: true });

/** Compares two strings in Vietnamese alphabetical order; usable directly as a sort callback. */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}

/** A Vietnamese full name split into family name (họ), middle names (tên đệm) and given name (tên). */
export interface VietnameseNameParts {
  family: string;
  middle: string;
  given: string;
}

/**
 * Splits "Nguyễn Thị Minh Khai" into { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' }.
 * A single word is a given name only; extra whitespace is ignored.
 */
export function splitVietnameseName(fullName: string): VietnameseNameParts {
  const words = fullName
    .normalize('NFC')
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return {
    family: words[0],
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1],
  };
}

/**
 * The order of Vietnamese name lists: given name, then middle names, then family name, so
 * "Nguyễn Văn An" < "Trần Thị Bình" < "Lê Văn Hậu".
 */
export function compareByGivenName(a: string, b: string): number {
  const pa = splitVietnameseName(a);
  const pb = splitVietnameseName(b);
  return (
    vietnameseCollator.compare(pa.given, pb.given) ||
    vietnameseCollator.compare(pa.middle, pb.middle) ||
    vietnameseCollator.compare(pa.family, pb.family)
  );
}

/** A new array sorted by `compareByGivenName` of each item's name; equal names keep their order. */
export function sortByGivenName<T>(items: readonly T[], getName: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, name: getName(item) }))
    .sort((x, y) => compareByGivenName(x.name, y.name) || x.index - y.index)
    .map((entry) => entry.item);
}
