/** The reference lists a new installation starts with; an administrator edits them afterwards. */

import { ETHNIC_GROUPS } from './ethnic-groups.ts';
import { FIELD_ITEMS } from './fields.ts';
import { PRIORITY_AREA_ITEMS } from './priority-areas.ts';
import { SECTOR_ITEMS } from './sectors.ts';
import type { ReferenceItem, ReferenceLists } from './types.ts';

/** Drops the extra properties (`official`, `group`) so the items match the stored shape exactly. */
function plain(items: readonly ReferenceItem[]): ReferenceItem[] {
  return items.map(({ code, label, aliases, active, sortOrder }) => ({
    code,
    label,
    aliases: [...aliases],
    active,
    sortOrder,
  }));
}

/** Every default list in the stored shape, keyed by list name. */
export const DEFAULT_REFERENCE_LISTS: ReferenceLists = {
  ethnic: plain(ETHNIC_GROUPS),
  field: plain(FIELD_ITEMS),
  sector: plain(SECTOR_ITEMS),
  priority: plain(PRIORITY_AREA_ITEMS),
};
