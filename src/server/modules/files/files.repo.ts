import type { Db } from '../../db/database.ts';

export interface StoredFile {
  id: string;
  purpose: string;
  ownerUnitId: string;
  contentType: string;
  fileName: string;
  size: number;
}

export async function insertFile(
  db: Db,
  f: {
    id: string;
    purpose: string;
    ownerUnitId: string;
    contentType: string;
    fileName: string;
    data: Buffer;
    createdBy: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('files')
    .values({
      id: f.id,
      purpose: f.purpose,
      owner_unit_id: f.ownerUnitId,
      content_type: f.contentType,
      file_name: f.fileName,
      size: f.data.length,
      data: f.data,
      created_by: f.createdBy,
      created_at: f.now,
    })
    .execute();
}

export async function findFileMeta(db: Db, id: string): Promise<(StoredFile & { unitPath: string }) | null> {
  const r = await db
    .selectFrom('files as f')
    .innerJoin('units as u', 'u.id', 'f.owner_unit_id')
    .select(['f.id', 'f.purpose', 'f.owner_unit_id', 'f.content_type', 'f.file_name', 'f.size', 'u.path'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    purpose: r.purpose,
    ownerUnitId: r.owner_unit_id,
    contentType: r.content_type,
    fileName: r.file_name,
    size: r.size,
    unitPath: r.path,
  };
}

export async function readFileData(db: Db, id: string): Promise<Buffer | null> {
  const r = await db.selectFrom('files').select('data').where('id', '=', id).executeTakeFirst();
  return r ? Buffer.from(r.data) : null;
}
