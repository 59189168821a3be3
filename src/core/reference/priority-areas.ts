/** The priority areas of the 2025 conference a nomination can contribute to (several per nomination). */

import type { ReferenceItem } from './types.ts';

/**
 * [code, label, aliases]. No label or alias contains ',', ';' or '/': `resolveMany` splits on them.
 */
const AREAS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['kinh-te-xa-hoi', 'Kinh tế - xã hội', ['Phát triển kinh tế - xã hội', 'KT-XH', 'KTXH']],
  ['quoc-phong-an-ninh', 'Quốc phòng - an ninh', ['An ninh - quốc phòng', 'QP-AN', 'QPAN', 'ANQP']],
  [
    'sap-xep-bo-may',
    'Sắp xếp bộ máy',
    ['Sắp xếp tổ chức bộ máy', 'Tinh gọn bộ máy', 'Sắp xếp tinh gọn bộ máy'],
  ],
];

/** The default priority area list. */
export const PRIORITY_AREA_ITEMS: readonly ReferenceItem[] = AREAS.map(([code, label, aliases], i) => ({
  code,
  label,
  aliases: [...aliases],
  active: true,
  sortOrder: i + 1,
}));
