import path from 'node:path';
import type { Actor } from '../core/auth/access.ts';
import { loadConfig } from '../server/config.ts';
import type { ServiceContext } from '../server/context.ts';
import { type DatabaseHandle, openDatabase, targetFromConfig } from '../server/db/database.ts';
import { findUnitByKey } from '../server/modules/units/units.repo.ts';
import { ensureReferenceData } from '../server/seed/install-reference.ts';

/** The same data the server uses: `--data DIR` (default ./data) or DATABASE_URL. */
export async function openData(
  dataDir: string | undefined,
  options: { reference?: boolean } = {},
): Promise<{ handle: DatabaseHandle; ctx: ServiceContext }> {
  const config = loadConfig({ dataDir });
  const handle = await openDatabase(targetFromConfig(config));
  const ctx: ServiceContext = { db: handle.db, now: () => new Date() };
  try {
    if (options.reference !== false) await ensureReferenceData(handle.db, ctx.now());
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { handle, ctx };
}

/** Whoever runs the command on the machine acts with the whole system in scope. */
export async function commandLineActor(ctx: ServiceContext): Promise<Actor> {
  const root = await findUnitByKey(ctx.db, 'hp');
  if (!root) throw new Error('Organisation tree is missing');
  return {
    userId: '',
    username: `dòng lệnh (${process.env.USER ?? 'máy chủ'})`,
    homeUnitId: root.id,
    grants: [{ role: 'system_admin', unitId: root.id, unitPath: root.path }],
  };
}

export function resolvePath(p: string): string {
  return path.resolve(process.cwd(), p);
}
