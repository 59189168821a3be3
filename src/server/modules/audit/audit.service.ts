import { type Actor, scopePaths } from '../../../core/auth/access.ts';
import { DomainError } from '../../../core/errors/domain-error.ts';
import type { AuditEntry } from '../../../shared/api/audit.ts';
import type { ServiceContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { insertAudit, listAudit } from './audit.repo.ts';

/** What a change was, for the log: a dotted action name and the entity it touched. */
export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit entry of a change made by `actor` (or by the system when null). */
export async function recordChange(
  db: Db,
  now: Date,
  actor: Pick<Actor, 'userId' | 'username'> | null,
  change: AuditChange,
  ip: string | null = null,
): Promise<void> {
  await insertAudit(db, {
    at: now,
    userId: actor?.userId || null,
    username: actor?.username ?? 'hệ thống',
    unitId: change.unitId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    ip,
  });
}

/** The audit log a unit's administrators may read: entries of units inside their scopes. */
export async function listAuditEntries(
  ctx: ServiceContext,
  actor: Actor,
  query: { unitId?: string; entityType?: string; entityId?: string; limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const paths = scopePaths(actor, 'audit.read');
  if (paths.length === 0) throw new DomainError('FORBIDDEN', 'Bạn không có quyền xem nhật ký thay đổi.');
  const { rows, total } = await listAudit(ctx.db, { ...query, scopePaths: paths });
  return {
    total,
    entries: rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at).toISOString(),
      userId: r.user_id,
      username: r.username,
      unitId: r.unit_id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    })),
  };
}
