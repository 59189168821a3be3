/** Reference lists (danh mục) an administrator can edit: ethnic groups, fields, sectors, priority areas. */

/**
 * One entry of a reference list. Nominations store `code`; `label` is shown; `aliases` are other
 * spellings accepted on import and in search. Same shape as `referenceItemSchema` in src/shared/api.
 */
export interface ReferenceItem {
  code: string;
  label: string;
  aliases: string[];
  /** Inactive items stay readable on old records but cannot be chosen for new ones. */
  active: boolean;
  sortOrder: number;
}

/** The names of the editable reference lists. */
export const REFERENCE_LIST_NAMES = ['ethnic', 'field', 'sector', 'priority'] as const;

/** One of the editable reference lists. */
export type ReferenceListName = (typeof REFERENCE_LIST_NAMES)[number];

/** Every reference list, as loaded for one validation or import. */
export type ReferenceLists = Record<ReferenceListName, ReferenceItem[]>;
