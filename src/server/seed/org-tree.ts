/** The organisation tree of Thành phố Hải Phòng, built from the reference CSVs; pure, no I/O. */

import { slugifyVietnamese } from '../../core/vietnamese/fold.ts';
import { type CommuneTypeLabel, splitUnitName } from '../../core/vietnamese/unit-names.ts';
import type { UnitKind } from '../../shared/api/units.ts';

export type { UnitKind };

/** One unit to seed; `key` is a stable natural key used to find the unit again on re-seeding. */
export interface UnitSeed {
  key: string;
  parentKey: string | null;
  kind: UnitKind;
  typeLabel: string;
  name: string;
  fullName: string;
  officialCode: string | null;
  isFormer: boolean;
  isDemo: boolean;
  sortOrder: number;
}

/** Splits CSV text into rows of fields: quoted fields, doubled quotes, CRLF and a BOM are handled. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/u, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Parses CSV with a header row into records, checking that the named columns are present. */
export function parseCsvRecords<C extends string>(text: string, columns: readonly C[]): Record<C, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV is empty');
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`CSV lacks column(s): ${missing.join(', ')}`);
  return rows
    .filter((r) => r.some((f) => f.trim() !== ''))
    .map((r, i) => {
      if (r.length !== header.length)
        throw new Error(`CSV row ${i + 2} has ${r.length} fields, not ${header.length}`);
      return Object.fromEntries(columns.map((c) => [c, r[header.indexOf(c)]])) as Record<C, string>;
    });
}

/** NQ 1669/NQ-UBTVQH15: Hải Phòng has 67 xã, 45 phường and 2 đặc khu (114 units). */
const EXPECTED_COUNTS: Record<CommuneTypeLabel, number> = { xã: 67, phường: 45, 'đặc khu': 2 };
const EXPECTED_TOTAL = 114;
const CITY_KEY = 'hp';
const BACH_LONG_VI_CODE = '11948';
const FORMER_TYPE_LABEL = 'đơn vị trước sắp xếp';

/** [slug, typeLabel, fullName, children]: the key is `<parentKey>/<slug>`, the name is the full name. */
type AgencyDef = readonly [
  slug: string,
  typeLabel: string,
  fullName: string,
  children?: readonly AgencyDef[],
];

/** Real city agencies (NĐ 45/2025 structure); Ban Thi đua - Khen thưởng sits under Sở Nội vụ. */
const CITY_AGENCIES: readonly AgencyDef[] = [
  ['van-phong-ubnd', 'văn phòng', 'Văn phòng Ủy ban nhân dân thành phố'],
  ['so-noi-vu', 'sở', 'Sở Nội vụ', [['ban-tdkt', 'ban', 'Ban Thi đua - Khen thưởng']]],
  ['so-tai-chinh', 'sở', 'Sở Tài chính'],
  ['so-giao-duc-dao-tao', 'sở', 'Sở Giáo dục và Đào tạo'],
  ['so-y-te', 'sở', 'Sở Y tế'],
  ['so-tu-phap', 'sở', 'Sở Tư pháp'],
  ['so-nong-nghiep-moi-truong', 'sở', 'Sở Nông nghiệp và Môi trường'],
];

/** The departments named in Kế hoạch 06/KH-UBND of Bạch Long Vĩ (real, not demo). */
const BACH_LONG_VI_DEPARTMENTS: readonly AgencyDef[] = [
  ['phong-vhxh', 'phòng', 'Phòng Văn hóa - Xã hội'],
  ['van-phong-ubnd', 'văn phòng', 'Văn phòng Ủy ban nhân dân đặc khu'],
  ['phong-kinh-te', 'phòng', 'Phòng Kinh tế'],
  ['trung-tam-su-nghiep-cong', 'trung tâm', 'Trung tâm sự nghiệp công'],
  ['ubmttq', 'mặt trận tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu'],
];

/** Plausible units on the island, invented for demonstration and flagged `isDemo`. */
const BACH_LONG_VI_DEMO_AGENCIES: readonly AgencyDef[] = [
  ['truong-th-thcs', 'trường học', 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ'],
  ['truong-mam-non', 'trường học', 'Trường Mầm non Bạch Long Vĩ'],
  ['tram-y-te', 'trạm y tế', 'Trạm Y tế đặc khu Bạch Long Vĩ'],
  ['don-bien-phong', 'đồn biên phòng', 'Đồn Biên phòng Bạch Long Vĩ'],
  ['cong-an', 'công an', 'Công an đặc khu Bạch Long Vĩ'],
  ['ban-chqs', 'quân sự', 'Ban Chỉ huy quân sự đặc khu Bạch Long Vĩ'],
  ['htx-dich-vu-nghe-ca', 'hợp tác xã', 'Hợp tác xã Dịch vụ nghề cá Bạch Long Vĩ'],
  ['nghiep-doan-nghe-ca', 'nghiệp đoàn', 'Nghiệp đoàn nghề cá Bạch Long Vĩ'],
  ['dn-hau-can-nghe-ca', 'doanh nghiệp', 'Chi nhánh Công ty Dịch vụ hậu cần nghề cá tại Bạch Long Vĩ'],
  ['doan-thanh-nien', 'đoàn thể', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh đặc khu Bạch Long Vĩ'],
  ['hoi-phu-nu', 'đoàn thể', 'Hội Liên hiệp Phụ nữ đặc khu Bạch Long Vĩ'],
  ['hoi-cuu-chien-binh', 'đoàn thể', 'Hội Cựu chiến binh đặc khu Bạch Long Vĩ'],
  ['hoi-nong-dan', 'đoàn thể', 'Hội Nông dân đặc khu Bạch Long Vĩ'],
  ['cong-doan', 'đoàn thể', 'Công đoàn đặc khu Bạch Long Vĩ'],
];

interface CommuneRow {
  code: string;
  name: string;
  type: CommuneTypeLabel;
}
type FormerRow = Record<'code' | 'name' | 'former_unit' | 'former_district' | 'whole', string>;

function readCommunes(unitsCsv: string, problems: string[]): CommuneRow[] {
  const rows = parseCsvRecords(unitsCsv, ['code', 'name', 'type'] as const);
  const seenCodes = new Set<string>();
  const seenNames = new Set<string>();
  const counts: Record<string, number> = {};
  const communes: CommuneRow[] = [];
  for (const row of rows) {
    const where = `unit ${row.code} "${row.name}"`;
    if (!/^\d{5}$/u.test(row.code)) problems.push(`${where}: code is not 5 digits`);
    if (seenCodes.has(row.code)) problems.push(`${where}: duplicate code`);
    if (seenNames.has(row.name)) problems.push(`${where}: duplicate name`);
    seenCodes.add(row.code);
    seenNames.add(row.name);
    counts[row.type] = (counts[row.type] ?? 0) + 1;
    if (!Object.hasOwn(EXPECTED_COUNTS, row.type)) {
      problems.push(`${where}: unknown type "${row.type}"`);
      continue;
    }
    try {
      if (splitUnitName(row.name).typeLabel !== row.type) problems.push(`${where}: name does not match type`);
    } catch {
      problems.push(`${where}: name does not start with a type word`);
    }
    communes.push({ code: row.code, name: row.name, type: row.type as CommuneTypeLabel });
  }
  if (rows.length !== EXPECTED_TOTAL) problems.push(`expected ${EXPECTED_TOTAL} units, found ${rows.length}`);
  for (const [type, expected] of Object.entries(EXPECTED_COUNTS)) {
    if ((counts[type] ?? 0) !== expected)
      problems.push(`expected ${expected} ${type}, found ${counts[type] ?? 0}`);
  }
  return communes.sort((a, b) => a.code.localeCompare(b.code));
}

function readFormer(formerCsv: string, communes: CommuneRow[], problems: string[]): Map<string, FormerRow[]> {
  const columns = ['code', 'name', 'former_unit', 'former_district', 'whole'] as const;
  const byCode = new Map<string, FormerRow[]>(communes.map((c) => [c.code, []]));
  const nameOf = new Map(communes.map((c) => [c.code, c.name]));
  for (const row of parseCsvRecords(formerCsv, columns)) {
    const where = `former unit "${row.former_unit}" of ${row.code}`;
    const list = byCode.get(row.code);
    if (!list) {
      problems.push(`${where}: no such unit code`);
      continue;
    }
    if (nameOf.get(row.code) !== row.name)
      problems.push(`${where}: name "${row.name}" differs from the unit list`);
    if (row.former_unit.trim() === '' || row.former_district.trim() === '')
      problems.push(`${where}: empty name`);
    if (row.whole !== '0' && row.whole !== '1') problems.push(`${where}: whole must be 0 or 1`);
    list.push(row);
  }
  for (const [code, list] of byCode) if (list.length === 0) problems.push(`unit ${code} has no former units`);
  return byCode;
}

function agencySeeds(
  defs: readonly AgencyDef[],
  parentKey: string,
  kind: UnitKind,
  isDemo: boolean,
  firstSortOrder: number,
): UnitSeed[] {
  return defs.flatMap(([slug, typeLabel, fullName, children = []], i) => {
    const key = `${parentKey}/${slug}`;
    const seed: UnitSeed = {
      key,
      parentKey,
      kind,
      typeLabel,
      name: fullName,
      fullName,
      officialCode: null,
      isFormer: false,
      isDemo,
      sortOrder: firstSortOrder + i,
    };
    return [seed, ...agencySeeds(children, key, kind, isDemo, 1)];
  });
}

function formerSeed(row: FormerRow, parentKey: string, sortOrder: number): UnitSeed {
  const shown =
    row.former_unit === row.former_district ? row.former_unit : `${row.former_unit} (${row.former_district})`;
  return {
    key: `${parentKey}/former/${slugifyVietnamese(row.former_unit)}`,
    parentKey,
    kind: 'former',
    typeLabel: FORMER_TYPE_LABEL,
    name: shown,
    fullName: row.former_unit,
    officialCode: null,
    isFormer: true,
    isDemo: false,
    sortOrder,
  };
}

function communeSeeds(commune: CommuneRow, formers: FormerRow[], sortOrder: number): UnitSeed[] {
  const key = `${CITY_KEY}/${commune.code}`;
  const self: UnitSeed = {
    key,
    parentKey: CITY_KEY,
    kind: 'commune',
    typeLabel: commune.type,
    name: splitUnitName(commune.name).name,
    fullName: commune.name,
    officialCode: commune.code,
    isFormer: false,
    isDemo: false,
    sortOrder,
  };
  const local: UnitSeed[] = [];
  if (commune.code === BACH_LONG_VI_CODE) {
    local.push(...agencySeeds(BACH_LONG_VI_DEPARTMENTS, key, 'department', false, 1));
    local.push(
      ...agencySeeds(BACH_LONG_VI_DEMO_AGENCIES, key, 'agency', true, BACH_LONG_VI_DEPARTMENTS.length + 1),
    );
  }
  const topLevel = local.filter((u) => u.parentKey === key).length;
  return [self, ...local, ...formers.map((row, i) => formerSeed(row, key, topLevel + i + 1))];
}

function checkTree(units: UnitSeed[], problems: string[]): void {
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.key)) problems.push(`duplicate key ${unit.key}`);
    if (unit.parentKey !== null && !seen.has(unit.parentKey))
      problems.push(`${unit.key} comes before its parent`);
    seen.add(unit.key);
  }
}

/**
 * The whole tree, parents before children: the city, its 114 communes by official code (each with its
 * former units, Bạch Long Vĩ also with its departments and demo agencies), then the city agencies.
 * Throws one error listing every problem found in the reference data.
 */
export function buildOrgTree(unitsCsv: string, formerCsv: string): UnitSeed[] {
  const problems: string[] = [];
  const communes = readCommunes(unitsCsv, problems);
  const formerByCode = readFormer(formerCsv, communes, problems);
  if (problems.length > 0) throw new Error(`Invalid Hải Phòng reference data:\n- ${problems.join('\n- ')}`);
  const city: UnitSeed = {
    key: CITY_KEY,
    parentKey: null,
    kind: 'city',
    typeLabel: 'thành phố',
    name: 'Hải Phòng',
    fullName: 'Thành phố Hải Phòng',
    officialCode: '31',
    isFormer: false,
    isDemo: false,
    sortOrder: 0,
  };
  const units = [
    city,
    ...communes.flatMap((c, i) => communeSeeds(c, formerByCode.get(c.code) ?? [], i + 1)),
    ...agencySeeds(CITY_AGENCIES, CITY_KEY, 'city_agency', false, communes.length + 1),
  ];
  checkTree(units, problems);
  if (problems.length > 0) throw new Error(`Invalid organisation tree:\n- ${problems.join('\n- ')}`);
  return units;
}
