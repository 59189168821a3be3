import { gunzipSync, gzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { DomainError } from '../../../core/errors/domain-error.ts';
import type { Db } from '../../db/database.ts';
import { type Database, TABLES_IN_DEPENDENCY_ORDER } from '../../db/schema.ts';

export const BACKUP_FORMAT = 'vinhdanh-backup';
export const BACKUP_VERSION = 1;

/** Sessions are not official data: a restored copy must not log anyone in. */
const BACKED_UP_TABLES = TABLES_IN_DEPENDENCY_ORDER.filter((t) => t !== 'sessions');

/**
 * The columns stored as json or jsonb, by table, read from the database itself: each is written back
 * as JSON text, and a column a later migration adds is carried without a list to keep up to date.
 */
async function jsonColumns(db: Db): Promise<Map<string, string[]>> {
  const rows = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type in ('json', 'jsonb')`.execute(db);
  const out = new Map<string, string[]>();
  for (const r of rows.rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
  return out;
}

/** Columns stored as bytea, carried as base64 in the backup. */
const BINARY_COLUMNS: Partial<Record<keyof Database, string[]>> = {
  files: ['data'],
};

/** Tables whose identity counters must follow the restored ids. */
const IDENTITY_TABLES = ['audit_log', 'login_attempts', 'notifications'] as const;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

function encodeBinary(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  const out = { ...row };
  for (const c of columns)
    if (out[c] instanceof Uint8Array) out[c] = Buffer.from(out[c] as Uint8Array).toString('base64');
  return out;
}

/** Rows come back from a backup of the same tables, so they are inserted as plain records. */
function untyped(db: Db): Kysely<Record<string, Record<string, unknown>>> {
  return db as unknown as Kysely<Record<string, Record<string, unknown>>>;
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return r.rows.map((x) => x.name);
}

/** A consistent copy of every table (one repeatable-read transaction), gzipped JSON. */
export async function createBackup(
  db: Db,
  now: Date,
): Promise<{ bytes: Buffer; counts: Record<string, number> }> {
  const file = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const tables: BackupFile['tables'] = {};
      for (const table of BACKED_UP_TABLES) {
        const rows = (await tx.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
        const binary = BINARY_COLUMNS[table] ?? [];
        tables[table] = binary.length === 0 ? rows : rows.map((row) => encodeBinary(row, binary));
      }
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now.toISOString(),
        migrations: await appliedMigrations(tx),
        tables,
      } satisfies BackupFile;
    });
  const counts = Object.fromEntries(Object.entries(file.tables).map(([t, rows]) => [t, rows.length]));
  return { bytes: gzipSync(JSON.stringify(file)), counts };
}

function parseBackup(bytes: Buffer): BackupFile {
  let file: BackupFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as BackupFile;
  } catch {
    throw new DomainError('VALIDATION', 'Tệp sao lưu bị hỏng hoặc không phải tệp sao lưu của Vinh Danh.');
  }
  if (file.format !== BACKUP_FORMAT || typeof file.tables !== 'object') {
    throw new DomainError('VALIDATION', 'Tệp này không phải tệp sao lưu của Vinh Danh.');
  }
  if (file.version > BACKUP_VERSION) {
    throw new DomainError(
      'VALIDATION',
      `Tệp sao lưu được tạo bởi phiên bản mới hơn (định dạng ${file.version}); hãy cập nhật Vinh Danh.`,
    );
  }
  return file;
}

/**
 * Restores a backup into an empty database, all or nothing. The database must be migrated to at least
 * the backup's migrations and hold no units yet.
 */
export async function restoreBackup(db: Db, bytes: Buffer): Promise<Record<string, number>> {
  const file = parseBackup(bytes);
  const have = new Set(await appliedMigrations(db));
  const missing = file.migrations.filter((m) => !have.has(m));
  if (missing.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Tệp sao lưu cần phiên bản Vinh Danh mới hơn (thiếu ${missing.join(', ')}).`,
    );
  }
  return db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('units')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    if (existing.n > 0) {
      throw new DomainError(
        'INVALID_STATE',
        'Cơ sở dữ liệu đích đã có dữ liệu. Chỉ khôi phục vào một thư mục dữ liệu trống.',
      );
    }
    const counts: Record<string, number> = {};
    const json = await jsonColumns(tx);
    for (const table of BACKED_UP_TABLES) {
      const rows = file.tables[table] ?? [];
      const jsonOfTable = json.get(table) ?? [];
      const binary = BINARY_COLUMNS[table] ?? [];
      const values = rows.map((row) => {
        const out: Record<string, unknown> = { ...row };
        for (const c of binary)
          if (typeof out[c] === 'string') out[c] = Buffer.from(out[c] as string, 'base64');
        for (const c of jsonOfTable)
          if (out[c] !== null && out[c] !== undefined) out[c] = JSON.stringify(out[c]);
        return out;
      });
      // Self-referencing units: parents first, which the path length gives.
      if (table === 'units') values.sort((a, b) => String(a.path).length - String(b.path).length);
      for (let i = 0; i < values.length; i += 200) {
        await untyped(tx)
          .insertInto(table)
          .values(values.slice(i, i + 200))
          .execute();
      }
      counts[table] = values.length;
    }
    for (const table of IDENTITY_TABLES) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
        tx,
      );
    }
    return counts;
  });
}
