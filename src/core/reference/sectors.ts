/** Thành phần kinh tế (economic sectors) of legal-facts.md §8 (confidence: likely). */

import type { ReferenceItem } from './types.ts';

/** [code, label, aliases]; "hộ gia đình" is the practical bucket for island farmers and fishers. */
const SECTORS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['nha-nuoc', 'Kinh tế nhà nước', ['Nhà nước', 'KTNN']],
  ['tap-the', 'Kinh tế tập thể', ['Tập thể', 'Hợp tác xã', 'HTX', 'Tổ hợp tác']],
  ['tu-nhan', 'Kinh tế tư nhân', ['Tư nhân', 'Doanh nghiệp tư nhân', 'Hộ kinh doanh']],
  ['fdi', 'Kinh tế có vốn đầu tư nước ngoài', ['FDI', 'Có vốn đầu tư nước ngoài', 'Vốn đầu tư nước ngoài']],
  [
    'ho-gia-dinh',
    'Hộ gia đình, cá nhân sản xuất (nông dân, ngư dân)',
    ['Hộ gia đình', 'Hộ gia đình, cá nhân', 'Nông dân', 'Ngư dân'],
  ],
];

/** The default economic sector list. */
export const SECTOR_ITEMS: readonly ReferenceItem[] = SECTORS.map(([code, label, aliases], i) => ({
  code,
  label,
  aliases: [...aliases],
  active: true,
  sortOrder: i + 1,
}));
