import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export type DatabaseTarget =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'pglite-memory'; snapshot?: Blob };

export interface DatabaseHandle {
  db: Db;
  engine: 'postgres' | 'pglite';
  /** Where the data lives, for messages: a folder or a server address without the password. */
  location: string;
  /** The PGlite instance, when embedded (backup of the raw folder, snapshots in tests). */
  pglite: PGlite | null;
  close(): Promise<void>;
}

// Dates stay "YYYY-MM-DD" strings and big integers become numbers, on both engines.
const DATE_OID = 1082;
const INT8_OID = 20;
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Opens the database, takes the data-folder lock when embedded, and runs pending migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server drops (restart, failover, a dropped database) must not end the
    // process: the pool discards it and opens a new one for the next query.
    pool.on('error', (error) => console.warn(`Kết nối PostgreSQL bị đóng: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    handle = {
      db,
      engine: 'postgres',
      location: redactUrl(target.url),
      pglite: null,
      close: () => db.destroy(),
    };
  } else {
    const lock = target.engine === 'pglite' ? acquireDataDirLock(path.resolve(target.dataDir)) : null;
    try {
      const dataDir = target.engine === 'pglite' ? path.resolve(target.dataDir, 'pg') : undefined;
      if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      const pglite = await PGlite.create({
        dataDir,
        loadDataDir: target.engine === 'pglite-memory' ? target.snapshot : undefined,
        parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
      });
      const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
      handle = {
        db,
        engine: 'pglite',
        location: target.engine === 'pglite' ? path.resolve(target.dataDir) : 'bộ nhớ',
        pglite,
        close: async () => {
          try {
            await db.destroy();
            if (!pglite.closed) await pglite.close();
          } finally {
            lock?.release();
          }
        },
      };
    } catch (error) {
      lock?.release();
      throw error;
    }
  }
  try {
    await migrate(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(
      `Cập nhật cấu trúc cơ sở dữ liệu thất bại${failed ? ` ở bước ${failed.migrationName}` : ''}: ${String(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Chooses the database from the settings: a PostgreSQL URL wins over the data folder. */
export function targetFromConfig(config: { databaseUrl?: string; dataDir: string }): DatabaseTarget {
  return config.databaseUrl
    ? { engine: 'postgres', url: config.databaseUrl }
    : { engine: 'pglite', dataDir: config.dataDir };
}
