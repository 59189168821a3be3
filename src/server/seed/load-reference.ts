/** Reads the reference CSVs shipped beside the seed code; the only file in seed/ that touches the disk. */

import { readFile } from 'node:fs/promises';
import { buildOrgTree, type UnitSeed } from './org-tree.ts';

/** The raw text of the two Hải Phòng reference files in `./reference/`. */
export async function loadReferenceCsv(): Promise<{ unitsCsv: string; formerCsv: string }> {
  const [unitsCsv, formerCsv] = await Promise.all([
    readFile(new URL('./reference/haiphong-units-2025.csv', import.meta.url), 'utf8'),
    readFile(new URL('./reference/haiphong-units-2025-former.csv', import.meta.url), 'utf8'),
  ]);
  return { unitsCsv, formerCsv };
}

/** The validated organisation tree built from the reference files. */
export async function loadOrgTree(): Promise<UnitSeed[]> {
  const { unitsCsv, formerCsv } = await loadReferenceCsv();
  return buildOrgTree(unitsCsv, formerCsv);
}
