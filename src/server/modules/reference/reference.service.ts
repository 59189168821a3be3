import { type Actor, can } from '../../../core/auth/access.ts';
import { conflictError, DomainError } from '../../../core/errors/domain-error.ts';
import { DEFAULT_REFERENCE_LISTS } from '../../../core/reference/defaults.ts';
import type { ReferenceLists } from '../../../core/reference/types.ts';
import {
  REFERENCE_LISTS,
  type ReferenceItem,
  type ReferenceListName,
} from '../../../shared/api/nominations.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { recordChange } from '../audit/index.ts';
import { findUnitByKey } from '../units/index.ts';
import {
  countReferenceRows,
  listReferenceRows,
  referenceListVersions,
  replaceReferenceList,
  replaceReferenceListIfVersion,
} from './reference.repo.ts';

export type { ReferenceLists };

/** Installs the default lists (54 ethnic groups, fields, sectors, priority areas) where a list is empty. */
export async function ensureReferenceLists(db: Db): Promise<void> {
  for (const list of REFERENCE_LISTS) {
    if ((await countReferenceRows(db, list)) === 0)
      await replaceReferenceList(db, list, DEFAULT_REFERENCE_LISTS[list]);
  }
}

/** The lists as the administrator last saved them. */
export async function loadReferenceLists(db: Db): Promise<ReferenceLists> {
  const lists = Object.fromEntries(REFERENCE_LISTS.map((l) => [l, [] as ReferenceItem[]])) as ReferenceLists;
  for (const r of await listReferenceRows(db)) {
    if (!(REFERENCE_LISTS as readonly string[]).includes(r.list)) continue;
    lists[r.list as ReferenceListName].push({
      code: r.code,
      label: r.label,
      aliases: r.aliases,
      active: r.active,
      sortOrder: r.sort_order,
    });
  }
  return lists;
}

/** Each list's version, which a save of that list names. */
export async function loadReferenceVersions(db: Db): Promise<Record<ReferenceListName, number>> {
  const stored = await referenceListVersions(db);
  return Object.fromEntries(REFERENCE_LISTS.map((l) => [l, stored.get(l) ?? 0])) as Record<
    ReferenceListName,
    number
  >;
}

/** Saves one list; only a city administrator may, because every unit of the city uses it. */
export async function updateReferenceList(
  ctx: ServiceContext,
  actor: Actor,
  list: ReferenceListName,
  items: ReferenceItem[],
  version: number,
  meta: RequestMeta,
): Promise<{ items: ReferenceItem[]; version: number }> {
  const root = await findUnitByKey(ctx.db, 'hp');
  if (!root) throw new Error('Organisation tree is missing');
  if (!can(actor, 'reference.manage', root.path)) {
    throw new DomainError('FORBIDDEN', 'Chỉ quản trị thành phố mới sửa được danh mục dùng chung.');
  }
  const codes = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (codes.has(item.code)) {
      throw new DomainError('VALIDATION', `Mã "${item.code}" bị lặp.`, [
        { path: `items.${i}.code`, message: `Danh mục (mục ${i + 1}) › Mã: "${item.code}" bị lặp` },
      ]);
    }
    codes.add(item.code);
  }
  const before = (await loadReferenceLists(ctx.db))[list];
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await replaceReferenceListIfVersion(tx, list, version, items))) throw conflictError('Danh mục này');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'reference.updated',
        entityType: 'reference',
        entityId: list,
        unitId: root.id,
        before,
        after: items,
      },
      meta.ip,
    );
  });
  return { items, version: version + 1 };
}
