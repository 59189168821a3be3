import path from 'node:path';
import type { Actor } from '../core/auth/access.ts';
import type { ServiceContext } from '../server/context.ts';
import { findUnitByReference } from '../server/modules/units/index.ts';
import { type OpenContext, openServiceContext } from '../server/open-context.ts';

/** The same data the server uses: `--data DIR` (default ./data) or DATABASE_URL. */
export async function openData(
  dataDir: string | undefined,
  options: { reference?: boolean } = {},
): Promise<{ handle: OpenContext; ctx: ServiceContext }> {
  const handle = await openServiceContext(dataDir, options);
  return { handle, ctx: handle.ctx };
}

/** Whoever runs the command on the machine acts with the whole system in scope. */
export async function commandLineActor(ctx: ServiceContext): Promise<Actor> {
  const root = await findUnitByReference(ctx, 'hp');
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
