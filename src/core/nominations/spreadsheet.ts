/**
 * Nominations as spreadsheet rows: which source column holds which field, every cell parsed and checked
 * with a Vietnamese message "Dòng N, cột X: …" (N and X as Excel shows them), and the export row.
 * Column rules and examples: docs/nomination-columns.md.
 */

import { resolveMany, resolveReference } from '../reference/resolve.ts';
import type { ReferenceItem, ReferenceListName, ReferenceLists } from '../reference/types.ts';
import { memoByText, parseDayMonthYear } from '../spreadsheet/cells.ts';
import { missingColumns } from '../spreadsheet/mapping.ts';
import { CELL_MESSAGES } from '../spreadsheet/messages.ts';
import { readRows } from '../spreadsheet/rows.ts';
import { formatDayMonthYear } from '../vietnamese/dates.ts';
import { nominationDuplicateKey } from './duplicates.ts';
import { maskCitizenId, maskPhone } from './masking.ts';
import { validateNomination } from './rules.ts';
import {
  COLUMN_LABELS,
  type ColumnMapping,
  SHEET_COLUMNS,
  type SheetColumnKey,
} from './spreadsheet-mapping.ts';
import type { NominationInput } from './types.ts';

export { parseDayMonthYear } from '../spreadsheet/cells.ts';
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
  kind: (v: string) => `Loại "${v}" không hợp lệ: ghi "Cá nhân" hoặc "Tập thể"`,
  date: (v: string) =>
    `Ngày bình xét "${v}" không phải là ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 14/08/2025)`,
  count: (label: string, v: string) => `${label} "${v}" phải là số nguyên không âm`,
  voteMissing: (label: string) => `${label}: không được để trống khi đã ghi kết quả bình xét`,
  unitUnknown: (v: string) => `Đơn vị đề cử "${v}" không có trong các đơn vị của hội nghị`,
  unitAmbiguous: (v: string) =>
    `Đơn vị đề cử "${v}" trùng tên với nhiều đơn vị; hãy ghi tên đầy đủ hoặc mã đơn vị`,
  duplicate: (first: number) => `trùng với dòng ${first} (cùng họ tên, năm sinh và đơn vị)`,
};

/** The API's length limits (src/shared/api/nominations.ts), checked here because an import skips the API. */
const MAX_LENGTHS: ReadonlyArray<readonly [SheetColumnKey, number]> = [
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
  representativeGender: 'representativeGender',
  representativeBirthYear: 'representativeBirthYear',
  representativeEthnicCode: 'representativeEthnic',
};

const KINDS: Record<string, NominationInput['kind']> = {
  'ca nhan': 'individual',
  cn: 'individual',
  'tap the': 'collective',
  tt: 'collective',
};

/**
 * Parses and checks every data row below the header. Rows with nothing in the mapped columns (or only
 * an STT) are skipped. Each bad cell gives one "Dòng N, cột X: reason" with X the source column's
 * letter; rules of validateNomination are mapped back to their cell; repeated name + birth year + unit
 * within the file are refused on the later row.
 */
export function parseNominationRows(rows: readonly string[][], options: ParseOptions): ParseResult {
  const { mapping, lists } = options;
  const required: SheetColumnKey[] = ['kind', 'name'];
  if (!options.defaultUnitId) required.push('nominatingUnit');
  const fileErrors = missingColumns(SHEET_COLUMNS, mapping, required);
  if (fileErrors.length > 0) return { items: [], errors: fileErrors };

  const resolvers = Object.fromEntries(
    (['ethnic', 'field', 'sector'] as const).map((l) => [
      l,
      memoByText((t) => resolveReference(lists[l], t)),
    ]),
  ) as Record<Exclude<ReferenceListName, 'priority'>, (t: string) => ReferenceItem | null>;
  const resolvePriorities = memoByText((t) => resolveMany(lists.priority, t));
  const resolveUnit = memoByText(options.resolveUnit);
  const firstRowOfKey = new Map<string, number>();

  return readRows(
    rows,
    { columns: SHEET_COLUMNS, mapping, headerRow: options.headerRow, ignored: ['stt'] },
    (row): ParsedRow | null => {
      const cell = (key: SheetColumnKey): string => row.cell(key);
      const count = (key: 'present' | 'inFavour' | 'memberCount'): number | null => {
        const v = cell(key).replace(/[.\s]/gu, '');
        if (v === '') return null;
        if (/^\d+$/u.test(v)) return Number(v);
        row.fail(key, MESSAGES.count(COLUMN_LABELS[key], cell(key)));
        return null;
      };

      const kind = row.choice('kind', KINDS, { invalid: MESSAGES.kind, empty: CELL_MESSAGES.empty('Loại') });
      const gender = row.gender('gender');
      const birthYear = row.year('birthYear');

      const unitText = cell('nominatingUnit');
      let unitId: string | null = null;
      if (unitText === '') {
        unitId = options.defaultUnitId;
        if (!unitId) row.fail('nominatingUnit', CELL_MESSAGES.empty(COLUMN_LABELS.nominatingUnit));
      } else {
        const found = resolveUnit(unitText);
        if (found === 'ambiguous') row.fail('nominatingUnit', MESSAGES.unitAmbiguous(unitText));
        else if (found === null) row.fail('nominatingUnit', MESSAGES.unitUnknown(unitText));
        else unitId = found;
      }

      const directWorker = row.yesNo('directWorker');
      const priorityAreas = row.references('priorityAreas', resolvePriorities);

      const dateText = cell('meetingDate');
      const meetingDate = dateText === '' ? null : parseDayMonthYear(dateText);
      if (dateText !== '' && !meetingDate) row.fail('meetingDate', MESSAGES.date(dateText));
      const present = count('present');
      const inFavour = count('inFavour');
      const voteGiven = dateText !== '' || cell('present') !== '' || cell('inFavour') !== '';
      if (voteGiven)
        for (const key of ['meetingDate', 'present', 'inFavour'] as const)
          if (cell(key) === '') row.fail(key, MESSAGES.voteMissing(COLUMN_LABELS[key]));

      const input: NominationInput = {
        kind: kind ?? 'individual',
        name: cell('name').replace(/\s+/gu, ' '),
        gender,
        birthYear,
        ethnicCode: row.reference('ethnic', resolvers.ethnic),
        position: cell('position'),
        nominatingUnitId: unitId ?? '',
        formerUnitName: cell('formerUnit'),
        fieldCode: row.reference('field', resolvers.field),
        sectorCode: row.reference('sector', resolvers.sector),
        directWorker,
        priorityAreas,
        achievements: cell('achievements'),
        awards: cell('awards'),
        memberCount: count('memberCount'),
        representativeName: cell('representativeName'),
        representativeGender: row.gender('representativeGender'),
        representativeBirthYear: row.year('representativeBirthYear'),
        representativeEthnicCode: row.reference('representativeEthnic', resolvers.ethnic),
        vote:
          meetingDate && present !== null && inFavour !== null
            ? { meetingDate, present, inFavour, minutesFileId: null }
            : null,
        citizenId: cell('citizenId').replace(/[\s.]/gu, ''),
        phone: normalisePhone(cell('phone')),
      };
      row.maxLengths(MAX_LENGTHS);
      // An unknown kind has no rules to apply.
      if (kind)
        row.problems(
          validateNomination(input, { today: options.today, lists }),
          (path) => PATH_COLUMNS[path] ?? PATH_COLUMNS[path.split('.')[0]] ?? null,
        );
      if (row.failed) return null;
      const key = nominationDuplicateKey(input);
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        row.fail('name', MESSAGES.duplicate(first));
        return null;
      }
      firstRowOfKey.set(key, row.row);
      return { row: row.row, input, key };
    },
  );
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
    representativeGender:
      n.representativeGender === 'nam' ? 'Nam' : n.representativeGender === 'nu' ? 'Nữ' : '',
    representativeBirthYear: n.representativeBirthYear,
    representativeEthnic: label('ethnic', n.representativeEthnicCode),
  };
  return SHEET_COLUMNS.map((c) => values[c.key]);
}
