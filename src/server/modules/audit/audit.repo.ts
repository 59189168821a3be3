import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface AuditRecord {
  at: Date;
  userId: string | null;
  username: string;
  unitId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditFilter {
  /** Only entries of units under one of these paths. */
  scopePaths: string[];
  unitId?: string;
  entityType?: string;
  entityId?: string;
  limit: number;
  offset: number;
}

/** Appends one entry; called inside the transaction that makes the change. */
export async function insertAudit(db: Db, r: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: r.at,
      user_id: r.userId,
      username: r.username,
      unit_id: r.unitId,
      action: r.action,
      entity_type: r.entityType,
      entity_id: r.entityId,
      before: r.before === undefined || r.before === null ? null : JSON.stringify(r.before),
      after: r.after === undefined || r.after === null ? null : JSON.stringify(r.after),
      ip: r.ip,
    })
    .execute();
}

/** Entries within the given unit subtrees, newest first. */
export async function listAudit(db: Db, f: AuditFilter) {
  if (f.scopePaths.length === 0) return { rows: [], total: 0 };
  let q = db
    .selectFrom('audit_log')
    .innerJoin('units', 'units.id', 'audit_log.unit_id')
    .where((eb) => eb.or(f.scopePaths.map((p) => eb('units.path', 'like', `${p}%`))));
  if (f.unitId) q = q.where('audit_log.unit_id', '=', f.unitId);
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('audit_log')
    .orderBy('audit_log.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: total.n };
}
