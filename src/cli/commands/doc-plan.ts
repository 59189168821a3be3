import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../core/errors/domain-error.ts';
import { planDocumentFile } from '../../server/modules/conferences/index.ts';
import { CliError } from '../cli-error.ts';
import { commandLineActor, openData, resolvePath } from '../open-data.ts';

/** `vinhdanh doc plan --conference ID --out FILE.docx|FILE.pdf`: the format follows the extension. */
export async function docPlanCommand(opts: {
  data?: string;
  conference?: string;
  out?: string;
}): Promise<void> {
  if (!opts.conference) throw new CliError('Thiếu --conference ID (xem `vinhdanh conference list`).');
  if (!opts.out) throw new CliError('Thiếu --out TỆP.docx hoặc --out TỆP.pdf.');
  const ext = path.extname(opts.out).toLowerCase();
  if (ext !== '.docx' && ext !== '.pdf') throw new CliError('Tệp --out phải có đuôi .docx hoặc .pdf.');
  const unknown = new CliError(`Không có hội nghị mã ${opts.conference}.`);
  if (!/^[0-9a-f-]{36}$/i.test(opts.conference)) throw unknown;
  const { handle, ctx } = await openData(opts.data);
  try {
    const actor = await commandLineActor(ctx);
    const format = ext === '.docx' ? 'docx' : 'pdf';
    const { bytes } = await planDocumentFile(ctx, actor, opts.conference, format).catch((error) => {
      throw error instanceof DomainError && error.code === 'NOT_FOUND' ? unknown : error;
    });
    const out = resolvePath(opts.out);
    fs.writeFileSync(out, bytes);
    console.log(`Đã ghi Kế hoạch (${ext.slice(1).toUpperCase()}, ${bytes.length} byte) vào ${out}`);
  } finally {
    await handle.close();
  }
}
