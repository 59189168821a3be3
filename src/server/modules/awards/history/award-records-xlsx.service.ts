import type { Actor } from '../../../../core/auth/access.ts';
import { DomainError } from '../../../../core/errors/domain-error.ts';
import { columnLetter } from '../../../../core/nominations/columns.ts';
import type { AwardRecordImportResult, AwardRecordInput } from '../../../../shared/api/award-records.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import { readSheets, type SheetText, type TextSheetSpec, writeWorkbook } from '../../../render/xlsx.ts';
import { recordChange } from '../../audit/index.ts';
import { loadReferenceLists } from '../../reference/index.ts';
import { authorizeUnit } from '../../units/index.ts';
import { type RecordContext, recordProblems, sameAward, toNewRecord } from './award-record-checks.ts';
import {
  insertAwardRecords,
  listAwardRecordRows,
  listUnitsUnder,
  type NewAwardRecord,
} from './award-records.repo.ts';
import { readableUnit, recordContext } from './award-records.service.ts';
import {
  AWARD_RECORD_COLUMNS,
  type AwardColumnKey,
  awardMapping,
  columnLabel,
  findAwardHeaderRow,
  formNames,
  MAX_LENGTHS,
  PATH_COLUMNS,
  readAwardRow,
  rowMessage,
  type SheetContext,
} from './award-records-sheet.ts';

const DATA_SHEET = 'Lịch sử khen thưởng';
const GUIDE_SHEET = 'Hướng dẫn';
const TEMPLATE_ROWS = 1000;
const WIDTHS: Partial<Record<AwardColumnKey, number>> = {
  kind: 14,
  name: 28,
  position: 36,
  unit: 30,
  form: 32,
  achievement: 40,
  decisionNumber: 16,
  decisionDate: 16,
  issuer: 30,
  amount: 16,
};
const NO_HEADER =
  'Không tìm thấy dòng tiêu đề trong 10 dòng đầu của bảng tính. Hãy dùng tệp mẫu, hoặc để tiêu đề các cột (ví dụ "Họ và tên", "Danh hiệu, hình thức khen thưởng", "Năm được khen") ở một dòng phía trên dữ liệu.';

/** How each column is filled, with an example. */
const GUIDE: Record<AwardColumnKey, [required: string, accepted: string, example: string]> = {
  kind: ['Bắt buộc', '"Cá nhân" hoặc "Tập thể" (hộ gia đình, thôn, tổ dân phố ghi "Tập thể").', 'Cá nhân'],
  name: ['Bắt buộc', 'Họ và tên đầy đủ, hoặc tên tập thể; tối đa 300 ký tự.', 'Nguyễn Văn Hậu'],
  birthYear: ['Không', 'Năm sinh 4 chữ số (cá nhân); giúp nhận ra cùng một người qua các năm.', '1980'],
  gender: ['Không', '"Nam" hoặc "Nữ" (cá nhân).', 'Nam'],
  ethnic: ['Không', 'Chọn trong danh mục 54 dân tộc (cá nhân).', 'Kinh'],
  position: ['Không', 'Chức vụ và nơi công tác; tối đa 500 ký tự.', 'Thuyền trưởng tàu cá'],
  unit: [
    'Không',
    'Tên đơn vị đúng như trong danh sách đơn vị của phần mềm; tên khác vẫn được nhập nhưng không gắn với đơn vị.',
    'Nghiệp đoàn nghề cá Bạch Long Vĩ',
  ],
  directWorker: [
    'Không (để trống là "Không")',
    '"Có" hoặc "Không": người trực tiếp lao động, sản xuất.',
    'Có',
  ],
  form: ['Bắt buộc', 'Chọn trong danh mục danh hiệu, hình thức khen thưởng.', 'Lao động tiên tiến'],
  year: ['Bắt buộc', 'Năm được khen, 4 chữ số, từ 2000 đến năm nay.', '2023'],
  achievement: [
    'Không',
    'Thành tích được khen; tối đa 2.000 ký tự.',
    'Hoàn thành xuất sắc nhiệm vụ năm 2023',
  ],
  decisionNumber: ['Không', 'Số và ký hiệu quyết định.', '125/QĐ-UBND'],
  decisionDate: ['Không', 'Ngày ký quyết định, dạng ngày/tháng/năm.', '25/12/2023'],
  issuer: ['Không', 'Người hoặc cơ quan quyết định khen thưởng.', 'Chủ tịch UBND huyện Bạch Long Vĩ'],
  amount: ['Không', 'Số tiền thưởng bằng đồng, chỉ ghi số.', '710000'],
};

const p = (text: string, style: 'title' | 'heading' | 'body' = 'body') =>
  ({ kind: 'paragraph', text, style }) as const;

function guide(): TextSheetSpec['blocks'] {
  return [
    p('HƯỚNG DẪN ĐIỀN LỊCH SỬ KHEN THƯỞNG', 'title'),
    p('Cách điền', 'heading'),
    p(
      `1. Điền ở trang "${DATA_SHEET}", mỗi dòng một lần khen thưởng, bắt đầu từ dòng 2. Dòng trống được bỏ qua.`,
    ),
    p('2. Một người được khen nhiều lần thì ghi nhiều dòng, mỗi dòng một danh hiệu hoặc hình thức.'),
    p('3. Không sửa, không xóa và không đổi thứ tự các tiêu đề ở dòng 1.'),
    p('Khi nhập tệp', 'heading'),
    p(
      'Mọi ô sai được báo theo dạng "Dòng N, cột X: lý do", trong đó N là số dòng và X là chữ cột mà Excel hiển thị.',
    ),
    p('Chỉ cần một dòng sai là cả tệp chưa được nhập; hãy sửa đúng các ô được báo rồi nhập lại.'),
    p(
      'Một khen thưởng đã có trong phần mềm (cùng người, cùng hình thức, cùng năm và cùng số quyết định) bị từ chối.',
    ),
    p('Các cột', 'heading'),
    {
      kind: 'table',
      header: ['Cột', 'Tiêu đề', 'Bắt buộc', 'Cách ghi', 'Ví dụ'],
      rows: AWARD_RECORD_COLUMNS.map((c, i) => [columnLetter(i), c.header, ...GUIDE[c.key]]),
    },
  ];
}

/** GET /api/units/:unitId/award-records/template.xlsx: the empty template with drop-downs and a guide. */
export async function awardRecordTemplate(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
): Promise<Buffer> {
  const unit = await readableUnit(ctx, actor, unitId);
  const rc = await recordContext(ctx, unit);
  const lists = await loadReferenceLists(ctx.db);
  const units = (await listUnitsUnder(ctx.db, unit.path)).map((u) => u.full_name);
  const index = (key: AwardColumnKey) => AWARD_RECORD_COLUMNS.findIndex((c) => c.key === key);
  return writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: DATA_SHEET,
        columns: AWARD_RECORD_COLUMNS.map((c) => ({ header: c.header, width: WIDTHS[c.key] ?? 12 })),
        rows: [],
        validationRows: TEMPLATE_ROWS,
        validations: [
          { column: index('kind'), list: 'Đối tượng' },
          { column: index('gender'), list: 'Giới tính' },
          { column: index('ethnic'), list: 'Dân tộc' },
          { column: index('unit'), list: 'Đơn vị', open: true },
          { column: index('directWorker'), list: 'Trực tiếp lao động' },
          { column: index('form'), list: 'Danh hiệu, hình thức', open: true },
        ],
      },
      { kind: 'text', name: GUIDE_SHEET, columnWidths: [8, 34, 22, 60, 30], blocks: guide() },
    ],
    lists: [
      { name: 'Đối tượng', values: ['Cá nhân', 'Tập thể'] },
      { name: 'Giới tính', values: ['Nam', 'Nữ'] },
      { name: 'Dân tộc', values: lists.ethnic.filter((e) => e.active).map((e) => e.label) },
      { name: 'Đơn vị', values: units },
      { name: 'Trực tiếp lao động', values: ['Có', 'Không'] },
      { name: 'Danh hiệu, hình thức', values: formNames(rc.forms) },
    ],
  });
}

function pickSheet(sheets: SheetText[]): { sheet: SheetText; headerRow: number } {
  const ordered = [
    ...sheets.filter((s) => s.name === DATA_SHEET),
    ...sheets.filter((s) => s.name !== DATA_SHEET),
  ];
  for (const sheet of ordered) {
    const headerRow = findAwardHeaderRow(sheet.rows);
    if (headerRow !== null) return { sheet, headerRow };
  }
  throw new DomainError('VALIDATION', NO_HEADER);
}

/**
 * Reads and checks every row below the header; empty rows are skipped. Each bad cell gives one
 * "Dòng N, cột X: lý do"; the same award twice in the file, or already stored, is refused.
 */
export function parseAwardRows(
  rows: readonly string[][],
  options: {
    headerRow: number;
    sheet: SheetContext;
    rules: RecordContext;
    stored: readonly NewAwardRecord[];
  },
): { records: NewAwardRecord[]; inputs: AwardRecordInput[]; errors: string[]; warnings: string[] } {
  const mapping = awardMapping(rows[options.headerRow - 1] ?? []);
  const missing = (['kind', 'name', 'form', 'year'] as const).filter((k) => mapping[k] === null);
  if (missing.length > 0)
    return {
      records: [],
      inputs: [],
      warnings: [],
      errors: missing.map(
        (k) => `Bảng tính thiếu cột "${AWARD_RECORD_COLUMNS.find((c) => c.key === k)?.header}" (bắt buộc)`,
      ),
    };
  const errors: Array<{ row: number; column: number; text: string }> = [];
  const warnings: string[] = [];
  const records: NewAwardRecord[] = [];
  const inputs: AwardRecordInput[] = [];
  const rowOf = new Map<NewAwardRecord, number>();
  for (let r = options.headerRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const row = r + 1;
    const cell = (key: AwardColumnKey) => {
      const c = mapping[key];
      return c === null ? '' : (cells[c] ?? '').trim().normalize('NFC');
    };
    if (AWARD_RECORD_COLUMNS.every((c) => cell(c.key) === '')) continue;
    const bad = new Set<AwardColumnKey>();
    const fail = (key: AwardColumnKey, text: string) => {
      if (bad.has(key)) return;
      bad.add(key);
      errors.push({ row, column: mapping[key] ?? -1, text });
    };
    const { input, unknownUnit } = readAwardRow(cell, options.sheet, fail);
    for (const [key, max] of MAX_LENGTHS)
      if (cell(key).length > max) fail(key, `${columnLabel(key)}: dài quá ${max} ký tự`);
    if (bad.size > 0) continue;
    for (const problem of recordProblems(input, options.rules))
      fail(PATH_COLUMNS[problem.path as keyof AwardRecordInput] ?? 'name', problem.message);
    if (bad.size > 0) continue;
    const record = toNewRecord(input, options.rules, { source: 'import' });
    const twin = records.find((x) => sameAward(x, record));
    if (twin) {
      fail('form', `trùng với dòng ${rowOf.get(twin)} (cùng người, cùng hình thức, năm và số quyết định)`);
      continue;
    }
    if (options.stored.some((x) => sameAward(x, record))) {
      fail('form', 'khen thưởng này đã có trong lịch sử (cùng người, cùng hình thức, năm và số quyết định)');
      continue;
    }
    if (unknownUnit)
      warnings.push(
        `Dòng ${row}: đơn vị "${unknownUnit}" không có trong danh sách đơn vị của ${options.rules.owner.fullName}; vẫn nhập, nhưng chưa gắn với đơn vị nào`,
      );
    rowOf.set(record, row);
    records.push(record);
    inputs.push(input);
  }
  errors.sort((a, b) => a.row - b.row || a.column - b.column);
  return { records, inputs, warnings, errors: errors.map((e) => rowMessage(e.row, e.column, e.text)) };
}

/**
 * POST /api/units/:unitId/award-records/import: all or nothing. Every bad cell is reported and then
 * nothing is stored; a dry run checks and previews without storing. One audit entry.
 */
export async function importAwardRecords(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  file: { data: Buffer; fileName: string },
  options: { dryRun: boolean },
  meta: RequestMeta,
): Promise<AwardRecordImportResult> {
  const owner = await authorizeUnit(ctx.db, actor, unitId, 'nomination.review');
  const { sheet, headerRow } = pickSheet(await readSheets(file.data));
  const rules = await recordContext(ctx, owner);
  const lists = await loadReferenceLists(ctx.db);
  const units = (await listUnitsUnder(ctx.db, owner.path)).map((u) => ({
    id: u.id,
    name: u.name,
    fullName: u.full_name,
  }));
  const stored = await listAwardRecordRows(ctx.db, { ownerPaths: [owner.path] });
  const parsed = parseAwardRows(sheet.rows, {
    headerRow,
    sheet: { forms: rules.forms, ethnic: lists.ethnic, units },
    rules,
    stored: stored.filter((s) => s.ownerUnitId === owner.id),
  });
  const refused = { ok: false, dryRun: options.dryRun, imported: 0, warnings: [], records: [] };
  if (parsed.errors.length > 0) return { ...refused, errors: parsed.errors };
  if (parsed.records.length === 0)
    return { ...refused, errors: [`Trang "${sheet.name}" chưa có dòng dữ liệu nào dưới dòng tiêu đề.`] };
  const result = {
    ok: true,
    dryRun: options.dryRun,
    imported: parsed.records.length,
    errors: [],
    warnings: parsed.warnings,
    records: parsed.inputs,
  };
  if (options.dryRun) return result;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertAwardRecords(tx, parsed.records, { now, createdBy: actor.userId || null });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_record.imported',
        entityType: 'unit',
        entityId: owner.id,
        unitId: owner.id,
        after: { count: parsed.records.length, fileName: file.fileName, sheet: sheet.name },
      },
      meta.ip,
    );
  });
  return result;
}
