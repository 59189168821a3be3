import fs from 'node:fs';
import path from 'node:path';
import { findConference } from '../../server/modules/conferences/conferences.repo.ts';
import { renderPlan } from '../../server/modules/conferences/plan-document.service.ts';
import { CliError } from '../cli-error.ts';
import { openData, resolvePath } from '../open-data.ts';

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
  const { handle, ctx } = await openData(opts.data);
  try {
    const found = /^[0-9a-f-]{36}$/i.test(opts.conference)
      ? await findConference(ctx.db, opts.conference)
      : null;
    if (!found) throw new CliError(`Không có hội nghị mã ${opts.conference}.`);
    const bytes = await renderPlan(found.conference, ext === '.docx' ? 'docx' : 'pdf');
    const out = resolvePath(opts.out);
    fs.writeFileSync(out, bytes);
    console.log(`Đã ghi Kế hoạch (${ext.slice(1).toUpperCase()}, ${bytes.length} byte) vào ${out}`);
  } finally {
    await handle.close();
  }
}
