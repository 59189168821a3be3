/** Money and numbers as Vietnamese documents write them: "2.340.000 đ", "0,3", amounts in words. */

import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

/**
 * A number with "." between thousands and "," before decimals, as in vi-VN:
 * formatNumberVi(1234567) === "1.234.567", formatNumberVi(0.3) === "0,3".
 */
export function formatNumberVi(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`);
  return numberFormat.format(n);
}

function assertWholeDong(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new Error(`Money must be a whole number of đồng: ${amount}`);
}

/** An integer amount of đồng with its unit: formatDong(2340000) === "2.340.000 đ"; throws on fractions. */
export function formatDong(amount: number): string {
  assertWholeDong(amount);
  return `${formatNumberVi(amount)} đ`;
}

// The package defaults to "lẻ" and "tỉ"; administrative documents in the North write "linh" and
// "tỷ" ("Một trăm linh năm nghìn đồng"), so both are set here. "nghìn", "mốt", "tư", "lăm" stay.
const wordsConfig = new ReadingConfig();
wordsConfig.unit = ['đồng'];
wordsConfig.oddText = 'linh';
wordsConfig.units = [[], ['nghìn'], ['triệu'], ['tỷ']];

/**
 * An integer amount of đồng in words, capitalised, as written under a total ("Bằng chữ: …"):
 * amountInWords(2340000) === "Hai triệu ba trăm bốn mươi nghìn đồng",
 * amountInWords(105000) === "Một trăm linh năm nghìn đồng", amountInWords(0) === "Không đồng".
 */
export function amountInWords(amount: number): string {
  assertWholeDong(amount);
  const words = doReadNumber(BigInt(amount), wordsConfig);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
