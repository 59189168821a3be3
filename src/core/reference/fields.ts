/**
 * Lĩnh vực (fields) of legal-facts.md §8 (confidence: likely), each rolled up into one of the four
 * groups used for national reporting at the 11th national emulation congress.
 */

import type { ReferenceItem } from './types.ts';

/** The four national roll-up groups. */
export const FIELD_GROUPS = [
  { code: 'kinh-te', label: 'Kinh tế' },
  { code: 'quoc-phong-an-ninh', label: 'An ninh - quốc phòng' },
  { code: 'van-hoa-xa-hoi', label: 'Văn hóa - xã hội - giáo dục - y tế' },
  { code: 'khac', label: 'Khác' },
] as const;

/** Code of a national roll-up group. */
export type FieldGroupCode = (typeof FIELD_GROUPS)[number]['code'];

/** A field with the national group it rolls up into. */
export interface FieldItem extends ReferenceItem {
  group: FieldGroupCode;
}

/** [code, label, group, aliases]. */
const FIELDS: ReadonlyArray<readonly [string, string, FieldGroupCode, readonly string[]]> = [
  [
    'nong-nghiep-thuy-san',
    'Nông nghiệp - thủy sản',
    'kinh-te',
    ['Nông nghiệp', 'Thủy sản', 'Nông lâm thủy sản'],
  ],
  ['cong-nghiep-xay-dung', 'Công nghiệp - xây dựng', 'kinh-te', ['Công nghiệp', 'Xây dựng']],
  [
    'dich-vu-du-lich-thuong-mai',
    'Dịch vụ - du lịch - thương mại',
    'kinh-te',
    ['Dịch vụ', 'Du lịch', 'Thương mại'],
  ],
  ['giao-duc', 'Giáo dục', 'van-hoa-xa-hoi', ['Giáo dục - đào tạo', 'Giáo dục và đào tạo', 'GD-ĐT']],
  ['y-te', 'Y tế', 'van-hoa-xa-hoi', []],
  [
    'van-hoa-the-thao-thong-tin',
    'Văn hóa, thể thao, thông tin',
    'van-hoa-xa-hoi',
    ['Văn hóa', 'Thể thao', 'Thông tin'],
  ],
  [
    'lao-dong-xa-hoi',
    'Lao động - thương binh - xã hội, an sinh',
    'van-hoa-xa-hoi',
    ['Lao động - thương binh và xã hội', 'LĐTBXH', 'An sinh xã hội'],
  ],
  ['quoc-phong', 'Quốc phòng', 'quoc-phong-an-ninh', ['Quân sự', 'Biên phòng', 'Hải quân']],
  ['an-ninh', 'An ninh', 'quoc-phong-an-ninh', ['Công an']],
  [
    'xay-dung-dang-chinh-quyen-doan-the',
    'Xây dựng Đảng, chính quyền, Mặt trận và đoàn thể',
    'khac',
    ['Xây dựng Đảng', 'Chính quyền', 'Mặt trận', 'Đoàn thể', 'Mặt trận và đoàn thể'],
  ],
  ['khac', 'Khác', 'khac', ['Lĩnh vực khác']],
];

/** The default field list with each field's national group. */
export const FIELD_ITEMS: readonly FieldItem[] = FIELDS.map(([code, label, group, aliases], i) => ({
  code,
  label,
  aliases: [...aliases],
  active: true,
  sortOrder: i + 1,
  group,
}));

/**
 * The national group of a field code; fields an administrator added later (unknown here) and a
 * missing field count as 'khac': fieldGroupOf('y-te') === 'van-hoa-xa-hoi'.
 */
export function fieldGroupOf(code: string | null): FieldGroupCode {
  return FIELD_ITEMS.find((f) => f.code === code)?.group ?? 'khac';
}
