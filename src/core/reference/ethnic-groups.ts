/**
 * The 54 ethnic groups of Việt Nam with the codes of Quyết định 121-TCTK/PPCĐ (1979), as listed in
 * legal-facts.md §8 (confidence: likely), plus the code 55 used in practice for foreigners.
 */

import type { ReferenceItem } from './types.ts';

/** An ethnic group; `official` is false for "55 Người nước ngoài", which is not one of the 54. */
export interface EthnicGroup extends ReferenceItem {
  official: boolean;
}

/** [code, official name, aliases] in the order of the official list. */
const GROUPS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['01', 'Kinh', ['Việt', 'Kinh (Việt)']],
  ['02', 'Tày', []],
  ['03', 'Thái', []],
  ['04', 'Hoa', ['Hán']],
  ['05', 'Khơ-me', ['Khmer', 'Khơ Me', 'Khơme']],
  ['06', 'Mường', []],
  ['07', 'Nùng', []],
  ['08', 'Hmông', ['Mông', "H'Mông", 'H’Mông', 'Mèo']],
  ['09', 'Dao', ['Mán']],
  ['10', 'Gia-rai', ['Gia Rai', 'Jrai']],
  ['11', 'Ngái', []],
  ['12', 'Ê-đê', ['Ê Đê', 'Êđê', 'Rhade']],
  ['13', 'Ba-na', ['Ba Na', 'Bahnar']],
  ['14', 'Xơ-đăng', ['Xơ Đăng', 'Sedang']],
  ['15', 'Sán Chay', ['Cao Lan', 'Sán Chỉ', 'Cao Lan - Sán Chỉ']],
  ['16', 'Cơ-ho', ['Cơ Ho', "K'Ho"]],
  ['17', 'Chăm', ['Chàm']],
  ['18', 'Sán Dìu', []],
  ['19', 'Hrê', ["H'rê"]],
  ['20', 'Mnông', ["M'Nông", 'Mơ Nông']],
  ['21', 'Ra-glai', ['Ra Glai', 'Raglai']],
  ['22', 'Xtiêng', ['Xa Điêng', 'Stiêng']],
  ['23', 'Bru-Vân Kiều', ['Vân Kiều', 'Bru Vân Kiều', 'Bru']],
  ['24', 'Thổ', []],
  ['25', 'Giáy', ['Nhắng']],
  ['26', 'Cơ-tu', ['Cơ Tu', 'Katu']],
  ['27', 'Gié-Triêng', ['Gié Triêng', 'Triêng']],
  ['28', 'Mạ', []],
  ['29', 'Khơ-mú', ['Khơ Mú', 'Khmu']],
  ['30', 'Co', ['Cor']],
  ['31', 'Ta-ôi', ['Tà Ôi', 'Pa Cô']],
  ['32', 'Chơ-ro', ['Chơ Ro', 'Châu Ro']],
  ['33', 'Kháng', []],
  ['34', 'Xinh-mun', ['Xinh Mun']],
  ['35', 'Hà Nhì', []],
  ['36', 'Chu-ru', ['Chu Ru']],
  ['37', 'Lào', []],
  ['38', 'La Chí', []],
  ['39', 'La Ha', []],
  ['40', 'Phù Lá', []],
  ['41', 'La Hủ', []],
  ['42', 'Lự', []],
  ['43', 'Lô Lô', []],
  ['44', 'Chứt', []],
  ['45', 'Mảng', []],
  ['46', 'Pà Thẻn', ['Pà Hưng']],
  ['47', 'Cơ Lao', []],
  ['48', 'Cống', []],
  ['49', 'Bố Y', ['Tu Dí']],
  ['50', 'Si La', []],
  ['51', 'Pu Péo', []],
  ['52', 'Brâu', []],
  ['53', 'Ơ Đu', []],
  ['54', 'Rơ-măm', ['Rơ Măm']],
  ['55', 'Người nước ngoài', ['Nước ngoài']],
];

/** Code of the majority group; every other official code is an ethnic minority (dân tộc thiểu số). */
export const KINH_CODE = '01';

/** Code used in practice for foreign nationals; not one of the 54 groups. */
export const FOREIGN_CODE = '55';

/** The default ethnic list: 54 official groups (01–54) and "55 Người nước ngoài". */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = GROUPS.map(([code, label, aliases], i) => ({
  code,
  label,
  aliases: [...aliases],
  active: true,
  sortOrder: i + 1,
  official: code !== FOREIGN_CODE,
}));

/** True for the codes of the 54 official groups; false for 55 and anything unknown. */
export function isOfficialEthnicCode(code: string): boolean {
  return ETHNIC_GROUPS.some((g) => g.code === code && g.official);
}

/** True for an ethnic minority (one of the 54 other than Kinh); foreigners are not counted. */
export function isEthnicMinority(code: string | null): boolean {
  return code !== null && code !== KINH_CODE && isOfficialEthnicCode(code);
}
