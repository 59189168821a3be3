/**
 * Nominations as spreadsheet rows: which source column holds which field, every cell parsed and checked
 * with a Vietnamese message "Dòng N, cột X: …" (N and X as Excel shows them), and the export row.
 * Column rules and examples: docs/nomination-columns.md.
 */

import { resolveMany, resolveReference } from '../reference/resolve.ts';
import type { ReferenceItem, ReferenceListName, ReferenceLists } from '../reference/types.ts';
import { formatDayMonthYear, isIsoDate } from '../vietnamese/dates.ts';
import { columnLetter } from './columns.ts';
import { nominationDuplicateKey } from './duplicates.ts';
import { maskCitizenId, maskPhone } from './masking.ts';
import { validateNomination } from './rules.ts';
import {
  COLUMN_LABELS,
  type ColumnMapping,
  headerKey,
  SHEET_COLUMNS,
  type SheetColumnKey,
} from './spreadsheet-mapping.ts';
import type { NominationInput } from './types.ts';

export {
  COLUMN_LABELS,
  type ColumnMapping,
  findHeaderRow,
  OPTIONAL_COLUMNS,
  proposeMapping,
  SHEET_COLUMNS,
  type SheetColumnKey,
} from './spreadsheet-mapping.ts';

/** How the nominating unit's text resolves: a unit id, nothing, or several units of that name. */
export type UnitResolution = string | null | 'ambiguous';

export interface ParseOptions {
  /** Excel row number of the header row; data starts below it. */
  headerRow: number;
  mapping: ColumnMapping;
  lists: ReferenceLists;
  resolveUnit: (text: string) => UnitResolution;
  /** Used for rows whose "Đơn vị đề cử" is empty (`--unit`); without it the cell is required. */
  defaultUnitId: string | null;
  /** ISO date, for the rules (meeting date not in the future, age). */
  today: string;
}

export interface ParsedRow {
  /** Excel row number. */
  row: number;
  input: NominationInput;
  /** duplicateKey(name, birthYear, unit). */
  key: string;
}

export interface ParseResult {
  items: ParsedRow[];
  /** "Dòng N, cột X: …", by row then column; empty when every row is valid. */
  errors: string[];
}

const MESSAGES = {
  missingColumn: (header: string) => `Bảng tính thiếu cột "${header}" (bắt buộc)`,
  empty: (label: string) => `${label}: không được để trống`,
  kind: (v: string) => `Loại "${v}" không hợp lệ: ghi "Cá nhân" hoặc "Tập thể"`,
  gender: (v: string) => `Giới tính "${v}" không hợp lệ: ghi "Nam" hoặc "Nữ"`,
  year: (v: string) => `Năm sinh "${v}" không phải là năm hợp lệ`,
  notInList: (label: string, v: string) => `${label} "${v}" không có trong danh mục`,
  yesNo: (v: string) => `Trực tiếp lao động, sản xuất "${v}" không hợp lệ: ghi "Có" hoặc "Không"`,
  date: (v: string) =>
    `Ngày bình xét "${v}" không phải là ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 14/08/2025)`,
  count: (label: string, v: string) => `${label} "${v}" phải là số nguyên không âm`,
  voteMissing: (label: string) => `${label}: không được để trống khi đã ghi kết quả bình xét`,
  unitUnknown: (v: string) => `Đơn vị đề cử "${v}" không có trong các đơn vị của hội nghị`,
  unitAmbiguous: (v: string) =>
    `Đơn vị đề cử "${v}" trùng tên với nhiều đơn vị; hãy ghi tên đầy đủ hoặc mã đơn vị`,
  tooLong: (label: string, max: number) => `${label}: dài quá ${max} ký tự`,
  duplicate: (first: number) => `trùng với dòng ${first} (cùng họ tên, năm sinh và đơn vị)`,
};

/** The API's length limits (src/shared/api/nominations.ts), checked here because an import skips the API. */
const MAX_LENGTHS: ReadonlyArray<[SheetColumnKey, number]> = [
  ['name', 300],
  ['position', 500],
  ['formerUnit', 300],
  ['achievements', 10000],
  ['awards', 5000],
  ['representativeName', 200],
];

/** Which sheet column a path of validateNomination's problems belongs to. */
const PATH_COLUMNS: Record<string, SheetColumnKey> = {
  kind: 'kind',
  name: 'name',
  gender: 'gender',
  birthYear: 'birthYear',
  ethnicCode: 'ethnic',
  position: 'position',
  nominatingUnitId: 'nominatingUnit',
  formerUnitName: 'formerUnit',
  fieldCode: 'field',
  sectorCode: 'sector',
  directWorker: 'directWorker',
  priorityAreas: 'priorityAreas',
  achievements: 'achievements',
  awards: 'awards',
  vote: 'meetingDate',
  'vote.meetingDate': 'meetingDate',
  'vote.present': 'present',
  'vote.inFavour': 'inFavour',
  citizenId: 'citizenId',
  phone: 'phone',
  memberCount: 'memberCount',
  representativeName: 'representativeName',
};

const KINDS: Record<string, NominationInput['kind']> = {
  'ca nhan': 'individual',
  cn: 'individual',
  'tap the': 'collective',
  tt: 'collective',
};
const GENDERS: Record<string, 'nam' | 'nu'> = { nam: 'nam', nu: 'nu' };
const YES_NO: Record<string, boolean> = {
  co: true,
  x: true,
  '1': true,
  true: true,
  khong: false,
  '0': false,
  false: false,
};

/** Decomposed marks ("Unicode tổ hợp" keyboards): such text is stored composed (NFC). */
const COMBINING = /[\u0300-\u036f]/u;

/** Excel counts days from 30/12/1899; a date cell read as a plain number still means a date. */
function excelSerialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** "14/08/2025", "4/8/2025", "2025-08-14" or an Excel serial → ISO; null when it is not a date. */
export function parseDayMonthYear(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  const iso = dmy
    ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/u.test(t)
      ? t
      : /^\d{5}(\.\d+)?$/u.test(t)
        ? excelSerialToIso(Number(t))
        : null;
  return iso && isIsoDate(iso) ? iso : null;
}

/** Memoises a resolver per distinct text: 10,000 rows usually hold a few dozen distinct values. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      v = fn(text);
      cache.set(text, v);
    }
    return v as T;
  };
}

interface CellError {
  row: number;
  column: number;
  text: string;
}

/**
 * Parses and checks every data row below the header. Rows with nothing in the mapped columns (or only
 * an STT) are skipped. Each bad cell gives one "Dòng N, cột X: reason" with X the source column's
 * letter; rules of validateNomination are mapped back to their cell; repeated name + birth year + unit
 * within the file are refused on the later row.
 */
export function parseNominationRows(rows: readonly string[][], options: ParseOptions): ParseResult {
  const { mapping, lists } = options;
  const errors: CellError[] = [];
  const fileErrors: string[] = [];
  const colOf = (key: SheetColumnKey): number | null => mapping[key] ?? null;
  const required: SheetColumnKey[] = ['kind', 'name'];
  if (!options.defaultUnitId) required.push('nominatingUnit');
  for (const key of required)
    if (colOf(key) === null)
      fileErrors.push(MESSAGES.missingColumn(SHEET_COLUMNS.find((c) => c.key === key)?.header ?? key));
  if (fileErrors.length > 0) return { items: [], errors: fileErrors };

  const resolvers = Object.fromEntries(
    (['ethnic', 'field', 'sector'] as const).map((l) => [l, memo((t) => resolveReference(lists[l], t))]),
  ) as Record<Exclude<ReferenceListName, 'priority'>, (t: string) => ReferenceItem | null>;
  const resolvePriorities = memo((t) => resolveMany(lists.priority, t));
  const resolveUnit = memo(options.resolveUnit);
  const sources = SHEET_COLUMNS.map((c) => colOf(c.key));
  const position = Object.fromEntries(SHEET_COLUMNS.map((c, i) => [c.key, i])) as Record<
    SheetColumnKey,
    number
  >;
  const sttPosition = position.stt;
  const folded = memo(headerKey);

  const items: ParsedRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (let r = options.headerRow; r < rows.length; r++) {
    const cells = rows[r];
    const rowNumber = r + 1;
    // Each cell is trimmed and normalised once: 10,000 rows × 20 columns.
    const values: string[] = new Array(sources.length);
    let empty = true;
    for (let i = 0; i < sources.length; i++) {
      const c = sources[i];
      const raw = c === null ? undefined : cells[c];
      const trimmed = raw ? raw.trim() : '';
      const text = COMBINING.test(trimmed) ? trimmed.normalize('NFC') : trimmed;
      values[i] = text;
      if (text !== '' && i !== sttPosition) empty = false;
    }
    if (empty) continue;
    const cell = (key: SheetColumnKey): string => values[position[key]];
    // One message per cell: a cell that could not be read is not judged again by the rules.
    const bad = new Set<string>();
    const fail = (key: SheetColumnKey | null, text: string) => {
      if (bad.has(key ?? text)) return;
      bad.add(key ?? text);
      errors.push({ row: rowNumber, column: key === null ? -1 : (colOf(key) ?? -1), text });
    };
    const reference = (key: 'ethnic' | 'field' | 'sector'): string | null => {
      const v = cell(key);
      if (v === '') return null;
      const item = resolvers[key](v);
      if (!item) fail(key, MESSAGES.notInList(COLUMN_LABELS[key], v));
      return item?.code ?? null;
    };
    const count = (key: 'present' | 'inFavour' | 'memberCount'): number | null => {
      const v = cell(key).replace(/[.\s]/gu, '');
      if (v === '') return null;
      if (/^\d+$/u.test(v)) return Number(v);
      fail(key, MESSAGES.count(COLUMN_LABELS[key], cell(key)));
      return null;
    };

    const kindText = cell('kind');
    const kind = KINDS[folded(kindText)];
    if (kindText === '') fail('kind', MESSAGES.empty('Loại'));
    else if (!kind) fail('kind', MESSAGES.kind(kindText));

    const genderText = cell('gender');
    const gender = genderText === '' ? null : (GENDERS[folded(genderText)] ?? null);
    if (genderText !== '' && !gender) fail('gender', MESSAGES.gender(genderText));

    const yearText = cell('birthYear');
    let birthYear: number | null = null;
    if (/^\d{4}$/u.test(yearText)) birthYear = Number(yearText);
    else if (yearText !== '') {
      // A full birth date ("02/03/1975", or a date cell read as "1975-03-02") gives its year.
      const date = /^\d+$/u.test(yearText) ? null : parseDayMonthYear(yearText);
      if (date) birthYear = Number(date.slice(0, 4));
      else fail('birthYear', MESSAGES.year(yearText));
    }

    const unitText = cell('nominatingUnit');
    let unitId: string | null = null;
    if (unitText === '') {
      unitId = options.defaultUnitId;
      if (!unitId) fail('nominatingUnit', MESSAGES.empty(COLUMN_LABELS.nominatingUnit));
    } else {
      const found = resolveUnit(unitText);
      if (found === 'ambiguous') fail('nominatingUnit', MESSAGES.unitAmbiguous(unitText));
      else if (found === null) fail('nominatingUnit', MESSAGES.unitUnknown(unitText));
      else unitId = found;
    }

    const workerText = cell('directWorker');
    const directWorker = workerText === '' ? false : YES_NO[folded(workerText)];
    if (directWorker === undefined) fail('directWorker', MESSAGES.yesNo(workerText));

    const priorities = resolvePriorities(cell('priorityAreas'));
    if (priorities.unknown.length > 0)
      fail('priorityAreas', MESSAGES.notInList(COLUMN_LABELS.priorityAreas, priorities.unknown.join('; ')));

    const dateText = cell('meetingDate');
    const meetingDate = dateText === '' ? null : parseDayMonthYear(dateText);
    if (dateText !== '' && !meetingDate) fail('meetingDate', MESSAGES.date(dateText));
    const present = count('present');
    const inFavour = count('inFavour');
    const voteGiven = dateText !== '' || cell('present') !== '' || cell('inFavour') !== '';
    if (voteGiven)
      for (const key of ['meetingDate', 'present', 'inFavour'] as const)
        if (cell(key) === '') fail(key, MESSAGES.voteMissing(COLUMN_LABELS[key]));

    const input: NominationInput = {
      kind: kind ?? 'individual',
      name: cell('name').replace(/\s+/gu, ' '),
      gender,
      birthYear,
      ethnicCode: reference('ethnic'),
      position: cell('position'),
      nominatingUnitId: unitId ?? '',
      formerUnitName: cell('formerUnit'),
      fieldCode: reference('field'),
      sectorCode: reference('sector'),
      directWorker: directWorker ?? false,
      priorityAreas: priorities.items.map((i) => i.code),
      achievements: cell('achievements'),
      awards: cell('awards'),
      memberCount: count('memberCount'),
      representativeName: cell('representativeName'),
      vote:
        meetingDate && present !== null && inFavour !== null
          ? { meetingDate, present, inFavour, minutesFileId: null }
          : null,
      citizenId: cell('citizenId').replace(/[\s.]/gu, ''),
      phone: normalisePhone(cell('phone')),
    };
    for (const [key, max] of MAX_LENGTHS)
      if (cell(key).length > max) fail(key, MESSAGES.tooLong(COLUMN_LABELS[key], max));
    // An unknown kind has no rules to apply.
    if (kind)
      for (const p of validateNomination(input, { today: options.today, lists }))
        fail(PATH_COLUMNS[p.path] ?? PATH_COLUMNS[p.path.split('.')[0]] ?? null, p.message);
    if (bad.size > 0) continue;
    const key = nominationDuplicateKey(input);
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      fail('name', MESSAGES.duplicate(first));
      continue;
    }
    firstRowOfKey.set(key, rowNumber);
    items.push({ row: rowNumber, input, key });
  }
  // Within a row: by column, then the messages that belong to no column of the sheet.
  const order = (e: CellError) => (e.column < 0 ? Number.MAX_SAFE_INTEGER : e.column);
  errors.sort((a, b) => a.row - b.row || order(a) - order(b));
  return {
    items,
    errors: errors.map((e) =>
      e.column < 0 ? `Dòng ${e.row}: ${e.text}` : `Dòng ${e.row}, cột ${columnLetter(e.column)}: ${e.text}`,
    ),
  };
}

/** Spaces, dots and dashes dropped; +84 → 0; a mobile number that lost its leading 0 in a number cell gets it back. */
function normalisePhone(text: string): string {
  let t = text.replace(/[\s.\-()]/gu, '');
  if (t.startsWith('+84')) t = `0${t.slice(3)}`;
  else if (/^84\d{9,10}$/u.test(t)) t = `0${t.slice(2)}`;
  if (/^[1-9]\d{8,9}$/u.test(t)) t = `0${t}`;
  return t;
}

/** What an export row needs of a nomination. */
export type ExportedNomination = NominationInput & { number: number };

/**
 * One export row: the template columns (STT = the nomination's number), then the collective-only
 * OPTIONAL_COLUMNS, with labels rather than codes so the file reads well and imports back unchanged;
 * CCCD and phone masked when `masked`.
 */
export function nominationToRow(
  n: ExportedNomination,
  options: { lists: ReferenceLists; unitName: string; masked: boolean },
): Array<string | number | null> {
  const label = (list: ReferenceListName, code: string | null) =>
    code === null ? '' : (options.lists[list].find((i) => i.code === code)?.label ?? code);
  const values: Record<SheetColumnKey, string | number | null> = {
    stt: n.number,
    kind: n.kind === 'individual' ? 'Cá nhân' : 'Tập thể',
    name: n.name,
    gender: n.gender === 'nam' ? 'Nam' : n.gender === 'nu' ? 'Nữ' : '',
    birthYear: n.birthYear,
    ethnic: label('ethnic', n.ethnicCode),
    position: n.position,
    nominatingUnit: options.unitName,
    formerUnit: n.formerUnitName,
    field: label('field', n.fieldCode),
    sector: label('sector', n.sectorCode),
    directWorker: n.directWorker ? 'Có' : 'Không',
    priorityAreas: n.priorityAreas.map((c) => label('priority', c)).join('; '),
    achievements: n.achievements,
    awards: n.awards,
    meetingDate: n.vote ? formatDayMonthYear(n.vote.meetingDate) : '',
    present: n.vote?.present ?? null,
    inFavour: n.vote?.inFavour ?? null,
    citizenId: options.masked ? maskCitizenId(n.citizenId) : n.citizenId,
    phone: options.masked ? maskPhone(n.phone) : n.phone,
    memberCount: n.memberCount,
    representativeName: n.representativeName,
  };
  return SHEET_COLUMNS.map((c) => values[c.key]);
}
