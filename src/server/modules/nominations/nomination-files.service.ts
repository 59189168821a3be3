import type { Actor } from '../../../core/auth/access.ts';
import { notFoundError } from '../../../core/errors/domain-error.ts';
import type { ServiceContext } from '../../context.ts';
import { findFileMeta, readFileData, type StoredFile } from '../files/index.ts';
import { findNominationOfFile } from './nominations.repo.ts';
import { loadVisibleNomination } from './nominations.service.ts';

const FILE = 'tệp này';

/**
 * A nomination's portrait or vote minutes, for whoever may see the nomination. Any other file, or a
 * nomination out of sight, is "not found".
 */
export async function readNominationFile(
  ctx: ServiceContext,
  actor: Actor,
  fileId: string,
): Promise<{ meta: StoredFile; data: Buffer }> {
  const owner = await findNominationOfFile(ctx.db, fileId);
  const meta = await findFileMeta(ctx.db, fileId);
  if (!owner || !meta) throw notFoundError(FILE);
  try {
    await loadVisibleNomination(ctx, actor, owner.id);
  } catch {
    throw notFoundError(FILE);
  }
  const data = await readFileData(ctx.db, meta.id);
  if (!data) throw notFoundError(FILE);
  return { meta, data };
}
