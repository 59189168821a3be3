import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { foldVietnamese } from '../../../core/vietnamese/fold.ts';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../../shared/api/units.ts';

/** The flat unit list turned into a tree that pages can walk. */
export interface UnitIndex {
  byId: Map<string, Unit>;
  childrenOf: Map<string | null, Unit[]>;
  roots: Unit[];
}

function byOrderThenName(a: Unit, b: Unit): number {
  return a.sortOrder - b.sortOrder || compareVietnamese(a.fullName, b.fullName);
}

export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const childrenOf = new Map<string | null, Unit[]>();
  for (const unit of units) {
    // A unit whose parent is not visible to us is shown as a root.
    const parent = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(unit);
    childrenOf.set(parent, list);
  }
  for (const list of childrenOf.values()) list.sort(byOrderThenName);
  return { byId, childrenOf, roots: childrenOf.get(null) ?? [] };
}

/** Ids of the unit's ancestors, nearest last: the ones to expand to show it. */
export function ancestorIds(index: UnitIndex, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  let parent = index.byId.get(id)?.parentId ?? null;
  while (parent !== null && index.byId.has(parent) && !seen.has(parent)) {
    out.unshift(parent);
    seen.add(parent);
    parent = index.byId.get(parent)?.parentId ?? null;
  }
  return out;
}

export interface UnitSearchResult {
  matches: Set<string>;
  /** Matches plus their ancestors: the rows to show. */
  visible: Set<string>;
  /** Ancestors of matches: the rows to expand. */
  expand: Set<string>;
}

/** Accent-insensitive search: "bach long" finds "Đặc khu Bạch Long Vĩ"; every word must occur. */
export function searchUnits(index: UnitIndex, query: string): UnitSearchResult | null {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const matches = new Set<string>();
  const visible = new Set<string>();
  const expand = new Set<string>();
  for (const unit of index.byId.values()) {
    const haystack = foldVietnamese(
      `${unit.fullName} ${unit.name} ${unit.typeLabel} ${unit.officialCode ?? ''}`,
    );
    if (!words.every((w) => haystack.includes(w))) continue;
    matches.add(unit.id);
    visible.add(unit.id);
    for (const a of ancestorIds(index, unit.id)) {
      visible.add(a);
      expand.add(a);
    }
  }
  return { matches, visible, expand };
}

/** How many units of each kind, in the order of UNIT_KINDS, leaving out kinds with none. */
export function countByKind(units: readonly Unit[]): Array<[UnitKind, number]> {
  const counts = new Map<UnitKind, number>();
  for (const u of units) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1);
  return UNIT_KINDS.filter((k) => counts.has(k)).map((k) => [k, counts.get(k) ?? 0]);
}
