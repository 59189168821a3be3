import { DomainError } from '../../../core/errors/domain-error.ts';
import { decodeUtf8, parseCsv, sheetRows, type Table, toTable } from '../../../core/selection/pool.ts';
import { readSheets } from '../../render/xlsx.ts';

/**
 * The table of a selection pool or of units to share seats among, from a file's bytes: a .csv (UTF-8,
 * comma or semicolon) or the first sheet of an .xlsx, with its header row. Messages name the file as
 * `source` ("Tệp pool.csv: …").
 */
export async function readTableFile(bytes: Buffer, kind: 'csv' | 'xlsx', source: string): Promise<Table> {
  const rows = kind === 'csv' ? parseCsv(decodeUtf8(bytes, source), source) : await firstSheet(bytes, source);
  return toTable(rows, source);
}

/** The first worksheet's rows; a file that is not an .xlsx is refused with its name. */
async function firstSheet(bytes: Buffer, source: string) {
  try {
    const [first] = await readSheets(bytes);
    return sheetRows(first?.rows ?? []);
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, `${source}: ${error.message}`);
    throw error;
  }
}
