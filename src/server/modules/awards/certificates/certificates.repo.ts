import { sql } from 'kysely';
import { z } from 'zod';
import type { CertificateField } from '../../../../core/awards/types.ts';
import { certificateFieldSchema } from '../../../../shared/api/award-decisions.ts';
import type { Db } from '../../../db/database.ts';
import { parseStored } from '../../../db/stored-json.ts';

const storedFields = z.array(certificateFieldSchema);

/** The SQL of each unit's certificate template. */

export interface StoredTemplate {
  unitId: string;
  fields: CertificateField[];
  backgroundFileId: string | null;
  version: number;
}

export async function findCertificateTemplate(db: Db, unitId: string): Promise<StoredTemplate | null> {
  const r = await db
    .selectFrom('certificate_templates')
    .selectAll()
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    unitId: r.unit_id,
    fields: parseStored(storedFields, r.fields, 'certificate_templates.fields', r.unit_id),
    backgroundFileId: r.background_file_id,
    version: r.version,
  };
}

/**
 * Saves a unit's template if it is still at `version` (0 = the unit has none yet); true when saved.
 * Two first saves at once: the second finds the row taken and is refused.
 */
export async function saveCertificateTemplateIfVersion(
  db: Db,
  t: { unitId: string; fields: CertificateField[]; backgroundFileId: string | null },
  version: number,
  meta: { now: Date; userId: string | null },
): Promise<boolean> {
  const values = {
    fields: JSON.stringify(t.fields),
    background_file_id: t.backgroundFileId,
    updated_at: meta.now,
    updated_by: meta.userId,
  };
  if (version === 0) {
    const r = await db
      .insertInto('certificate_templates')
      .values({ unit_id: t.unitId, ...values })
      .onConflict((oc) => oc.column('unit_id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable('certificate_templates')
    .set({ ...values, version: sql`version + 1` })
    .where('unit_id', '=', t.unitId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
