import { randomUUID } from 'node:crypto';
import { DEFAULT_TEMPLATE } from '../../core/conference/default-template.ts';
import type { Db } from '../db/database.ts';
import { ensureAwardCatalogue, ensureLegalDocuments } from '../modules/awards/index.ts';
import { ensureReferenceLists } from '../modules/reference/index.ts';
import { insertTemplate } from '../modules/templates/index.ts';
import { loadOrgTree } from './load-reference.ts';
import type { UnitSeed } from './org-tree.ts';

export const CITY_KEY = 'hp';

/**
 * Installs the organisation tree, the city's default template and the reference lists (ethnic groups,
 * fields, sectors, priority areas) on first start, and adds units the
 * reference gained since; existing units are never changed (officials may have edited them).
 */
export async function ensureReferenceData(
  db: Db,
  now: Date,
  seeds?: UnitSeed[],
): Promise<{ unitsAdded: number }> {
  const tree = seeds ?? (await loadOrgTree());
  const existing = await db
    .selectFrom('units')
    .select(['id', 'key', 'path'])
    .where('key', 'is not', null)
    .execute();
  const known = new Map(existing.map((u) => [u.key as string, { id: u.id, path: u.path }]));
  const rows: Array<Parameters<typeof toValues>[0]> = [];
  for (const seed of tree) {
    if (known.has(seed.key)) continue;
    const parent = seed.parentKey ? known.get(seed.parentKey) : null;
    if (seed.parentKey && !parent)
      throw new Error(`Reference unit ${seed.key} comes before its parent ${seed.parentKey}`);
    const id = randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    known.set(seed.key, { id, path });
    rows.push({ seed, id, parentId: parent?.id ?? null, path });
  }
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await tx
        .insertInto('units')
        .values(rows.slice(i, i + 200).map((r) => toValues(r, now)))
        .execute();
    }
    const templates = await tx.selectFrom('conference_templates').select('id').limit(1).execute();
    const city = known.get(CITY_KEY);
    if (templates.length === 0 && city) {
      await insertTemplate(tx, { ownerUnitId: city.id, isDefault: true, body: DEFAULT_TEMPLATE, now });
    }
    await ensureReferenceLists(tx);
    await ensureAwardCatalogue(tx, now);
    await ensureLegalDocuments(tx, now);
  });
  return { unitsAdded: rows.length };
}

function toValues(r: { seed: UnitSeed; id: string; parentId: string | null; path: string }, now: Date) {
  return {
    id: r.id,
    key: r.seed.key,
    parent_id: r.parentId,
    path: r.path,
    kind: r.seed.kind,
    type_label: r.seed.typeLabel,
    name: r.seed.name,
    full_name: r.seed.fullName,
    official_code: r.seed.officialCode,
    is_former: r.seed.isFormer,
    is_demo: r.seed.isDemo,
    sort_order: r.seed.sortOrder,
    created_at: now,
    updated_at: now,
  };
}
