import { NOMINATION_COLUMNS, type NominationColumnKey } from '../../core/nominations/columns.ts';
import { type CellValue, writeWorkbook } from '../render/xlsx.ts';
import { seededRandom } from '../seed/demo-nominations.ts';

/** Units of Bạch Long Vĩ that generated rows nominate from, as a unit would write them. */
export const SHEET_UNITS = [
  'Nghiệp đoàn nghề cá Bạch Long Vĩ',
  'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
  'Đồn Biên phòng Bạch Long Vĩ',
  'Hợp tác xã Dịch vụ nghề cá Bạch Long Vĩ',
  'Trạm Y tế đặc khu Bạch Long Vĩ',
];

const FAMILIES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Phan',
];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu', 'Thanh', 'Xuân', 'Hồng', 'Kim'];
const GIVENS = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hậu',
  'Hiền',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Nhung',
  'Phong',
  'Phúc',
  'Phương',
  'Quân',
  'Quý',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thảo',
  'Thịnh',
  'Thủy',
  'Tiến',
  'Trang',
  'Trung',
  'Tú',
  'Tuấn',
  'Uyên',
  'Vân',
  'Việt',
  'Vinh',
  'Yến',
  'Anh',
  'Bảo',
  'Châu',
  'Danh',
  'Đạt',
  'Định',
  'Duy',
  'Hiếu',
  'Khoa',
  'Kiên',
  'Lâm',
  'Lộc',
  'Luân',
  'Nghĩa',
  'Nhân',
  'Oanh',
  'Quyết',
  'Tài',
];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Tày', 'Mường', 'Hoa', "H'Mông"];
const FIELDS = ['Nông nghiệp - thủy sản', 'Giáo dục', 'Y tế', 'Quốc phòng', 'Dịch vụ - du lịch - thương mại'];
const SECTORS = [
  'Kinh tế nhà nước',
  'Kinh tế tập thể',
  'Kinh tế tư nhân',
  'Hộ gia đình, cá nhân sản xuất (nông dân, ngư dân)',
];

/**
 * `count` valid individual rows in template column order, the same for the same seed; each (name,
 * birth year, unit) is unique up to 10,080 rows. Meeting dates lie in June–July 2025.
 */
export function nominationSheetRows(count: number, seed = 2025): string[][] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const given = GIVENS[Math.floor(i / (FAMILIES.length * MIDDLES.length)) % GIVENS.length];
    const middle = MIDDLES[Math.floor(i / FAMILIES.length) % MIDDLES.length];
    const present = 8 + Math.floor(random() * 30);
    const cells: Record<NominationColumnKey, string> = {
      stt: String(i + 1),
      kind: 'Cá nhân',
      name: `${FAMILIES[i % FAMILIES.length]} ${middle} ${given}`,
      gender: middle === 'Thị' || random() < 0.4 ? 'Nữ' : 'Nam',
      birthYear: String(1960 + Math.floor(random() * 45)),
      ethnic: pick(ETHNIC),
      position: `Nhân viên, ${pick(SHEET_UNITS)}`,
      nominatingUnit: pick(SHEET_UNITS),
      formerUnit: random() < 0.5 ? 'Huyện Bạch Long Vĩ' : '',
      field: pick(FIELDS),
      sector: pick(SECTORS),
      directWorker: random() < 0.5 ? 'Có' : 'Không',
      priorityAreas: random() < 0.5 ? 'Kinh tế - xã hội; Quốc phòng - an ninh' : 'Sắp xếp bộ máy',
      achievements: `Hoàn thành xuất sắc nhiệm vụ ${5 + Math.floor(random() * 5)} năm liên tục.`,
      awards: 'Giấy khen Chủ tịch UBND huyện năm 2023',
      meetingDate: `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/0${6 + Math.floor(random() * 2)}/2025`,
      present: String(present),
      inFavour: String(Math.ceil(present * 0.6)),
      citizenId: `0310${String(80000000 + i).padStart(8, '0')}`,
      phone: `09${String(10000000 + i).padStart(8, '0')}`,
    };
    rows.push(NOMINATION_COLUMNS.map((c) => cells[c.key]));
  }
  return rows;
}

/**
 * An .xlsx with one sheet: the header row (the template's by default) and the rows; with `title`, a
 * unit's own list instead: the title in row 1, an empty row 2, the headers in row 3.
 */
export function nominationSheet(
  rows: CellValue[][],
  headers: string[] = NOMINATION_COLUMNS.map((c) => c.header),
  options: { title?: string } = {},
): Promise<Buffer> {
  const { title } = options;
  return writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: title ? 'Danh sách' : 'Đề cử',
        columns: headers.map((h, i) => ({ header: title ? (i === 0 ? title : '') : h, width: 14 })),
        rows: title ? [[], headers, ...rows] : rows,
      },
    ],
  });
}
