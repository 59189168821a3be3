import fs from 'node:fs';
import { createBackup, restoreBackup } from '../../server/modules/backup/index.ts';
import { CliError } from '../cli-error.ts';
import { openData, resolvePath } from '../open-data.ts';

/** `vinhdanh backup --out FILE`: a consistent copy of all data. */
export async function backupCommand(opts: { data?: string; out?: string }): Promise<void> {
  if (!opts.out) throw new CliError('Thiếu --out TỆP (ví dụ --out sao-luu.vdbak).');
  const { handle, ctx } = await openData(opts.data, { reference: false });
  try {
    const { bytes, counts } = await createBackup(ctx.db, ctx.now());
    const out = resolvePath(opts.out);
    // Readable by its owner only: it holds identity numbers, phones and password hashes. An existing
    // file keeps its mode on overwrite, so it is set again after writing.
    fs.writeFileSync(out, bytes, { mode: 0o600 });
    fs.chmodSync(out, 0o600);
    const summary = Object.entries(counts)
      .map(([t, n]) => `${t}: ${n}`)
      .join(', ');
    console.log(`Đã sao lưu vào ${out} (${bytes.length} byte; ${summary}).`);
  } finally {
    await handle.close();
  }
}

/** `vinhdanh restore FILE`: into an empty data folder or database only. */
export async function restoreCommand(opts: { data?: string; file?: string }): Promise<void> {
  if (!opts.file) throw new CliError('Thiếu tệp sao lưu: vinhdanh restore TỆP.');
  const file = resolvePath(opts.file);
  if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp ${file}.`);
  const bytes = fs.readFileSync(file);
  const { handle, ctx } = await openData(opts.data, { reference: false });
  try {
    const counts = await restoreBackup(ctx.db, bytes);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`Đã khôi phục ${total} bản ghi từ ${file} vào ${handle.location}.`);
  } finally {
    await handle.close();
  }
}
