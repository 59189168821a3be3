/**
 * The services' context outside a web request: the same data the server uses (`--data DIR`, default
 * ./data, or DATABASE_URL), opened with the data-folder lock, with the reference data installed.
 * The command line works through this and the modules' faces, never with the database itself.
 */
import { type AppConfig, loadConfig } from './config.ts';
import type { ServiceContext } from './context.ts';
import { openDatabase, targetFromConfig } from './db/database.ts';
import { ensureReferenceData } from './seed/install-reference.ts';

export { DataDirLockedError } from './db/lock.ts';

export interface OpenContext {
  ctx: ServiceContext;
  /** Where the data is: the folder, or the PostgreSQL address without its password. */
  location: string;
  close(): Promise<void>;
}

/** Opens the data of `dataDir` (or the environment's); `reference: false` leaves the data as it is. */
export async function openServiceContext(
  dataDir: string | undefined,
  options: { reference?: boolean; config?: AppConfig } = {},
): Promise<OpenContext> {
  const config = options.config ?? loadConfig({ dataDir });
  const handle = await openDatabase(targetFromConfig(config));
  const ctx: ServiceContext = { db: handle.db, now: () => new Date(), publicUrl: config.publicUrl };
  try {
    if (options.reference !== false) await ensureReferenceData(handle.db, ctx.now());
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { ctx, location: handle.location, close: () => handle.close() };
}
