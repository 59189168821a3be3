import fs from 'node:fs';
import path from 'node:path';
import {
  importNominations,
  nominationsExportFile,
  nominationTemplateFile,
} from '../../server/modules/nominations/index.ts';
import { CliError } from '../cli-error.ts';
import { commandLineActor, openData, resolvePath } from '../open-data.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function conferenceId(value: string | undefined): string {
  if (!value) throw new CliError('Thiếu --conference ID (xem `vinhdanh conference list`).');
  if (!UUID.test(value)) throw new CliError(`Không có hội nghị mã ${value}.`);
  return value;
}

function xlsxOut(value: string | undefined): string {
  if (!value) throw new CliError('Thiếu --out TỆP.xlsx.');
  if (path.extname(value).toLowerCase() !== '.xlsx') throw new CliError('Tệp --out phải có đuôi .xlsx.');
  return resolvePath(value);
}

/**
 * `vinhdanh import nominations --conference ID --file FILE.xlsx [--unit CODE] [--dry-run]`: all or
 * nothing; every bad cell is printed as "Dòng N, cột X: …" and the exit code is 2.
 */
export async function importNominationsCommand(opts: {
  data?: string;
  conference?: string;
  file?: string;
  unit?: string;
  dryRun: boolean;
}): Promise<void> {
  const id = conferenceId(opts.conference);
  if (!opts.file) throw new CliError('Thiếu --file TỆP.xlsx.');
  const file = resolvePath(opts.file);
  if (!fs.existsSync(file)) throw new CliError(`Không có tệp ${file}.`);
  const data = fs.readFileSync(file);
  const { handle, ctx } = await openData(opts.data);
  try {
    const result = await importNominations(
      ctx,
      await commandLineActor(ctx),
      id,
      { data, fileName: path.basename(file) },
      { unitCode: opts.unit, dryRun: opts.dryRun },
    );
    if (!result.ok) {
      throw new CliError(
        [
          `Tệp có ${result.errors.length} lỗi, chưa nhập đề cử nào. Sửa các ô sau rồi nhập lại:`,
          ...result.errors,
        ].join('\n'),
      );
    }
    console.log(
      result.dryRun
        ? `Chạy thử: ${result.imported} đề cử hợp lệ, chưa nhập (bỏ --dry-run để nhập).`
        : `Đã nhập ${result.imported} đề cử (trạng thái Nháp).`,
    );
    if (result.warnings.length > 0) {
      console.log(
        `Lưu ý ${result.warnings.length} đề cử trùng với đề cử đã có (vẫn ${result.dryRun ? 'nhập được' : 'được nhập'}, đã đánh dấu):`,
      );
      for (const w of result.warnings) console.log(`  ${w}`);
    }
  } finally {
    await handle.close();
  }
}

/** `vinhdanh export nominations --conference ID --out FILE.xlsx`: every nomination, unmasked. */
export async function exportNominationsCommand(opts: {
  data?: string;
  conference?: string;
  out?: string;
}): Promise<void> {
  const id = conferenceId(opts.conference);
  const out = xlsxOut(opts.out);
  const { handle, ctx } = await openData(opts.data);
  try {
    const { bytes } = await nominationsExportFile(ctx, await commandLineActor(ctx), id, {});
    fs.writeFileSync(out, bytes);
    console.log(`Đã ghi danh sách đề cử vào ${out}`);
  } finally {
    await handle.close();
  }
}

/** `vinhdanh template nominations --out FILE.xlsx`: the empty template with the current reference lists. */
export async function nominationTemplateCommand(opts: { data?: string; out?: string }): Promise<void> {
  const out = xlsxOut(opts.out);
  const { handle, ctx } = await openData(opts.data);
  try {
    fs.writeFileSync(out, (await nominationTemplateFile(ctx)).bytes);
    console.log(`Đã ghi tệp mẫu đề cử vào ${out}`);
  } finally {
    await handle.close();
  }
}
