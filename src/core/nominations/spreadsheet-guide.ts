/**
 * What the template's "Hướng dẫn" sheet says: how to fill each column, which are required, formats and
 * examples, and how an import reports problems. docs/nomination-columns.md says the same for readers.
 */

import type { ReferenceLists } from '../reference/types.ts';
import type { ColumnSpec } from '../spreadsheet/columns.ts';
import { IMPORT_NOTES } from '../spreadsheet/messages.ts';
import {
  activeListsGuide,
  type ColumnGuide,
  type GuideBlock,
  guideBlocks,
  guideParagraph as p,
  type TemplateCell,
  type TemplateWorkbook,
  templateWorkbook,
} from '../spreadsheet/template.ts';
import { NOMINATION_COLUMNS, type NominationColumnKey } from './columns.ts';
import { formatThreshold } from './rules.ts';
import type { SheetColumnKey } from './spreadsheet-mapping.ts';
import type { NominationSettings } from './types.ts';

export type { GuideBlock } from '../spreadsheet/template.ts';

/** How each column is filled: whether it is required, what is accepted, and an example. */
export const COLUMN_GUIDE: Record<NominationColumnKey, ColumnGuide> = {
  stt: { required: 'Không', accepted: 'Số thứ tự; phần mềm không đọc cột này.', example: '1' },
  kind: {
    required: 'Bắt buộc',
    accepted: '"Cá nhân" hoặc "Tập thể" (chọn trong danh sách; nhận cả CN, TT).',
    example: 'Cá nhân',
  },
  name: {
    required: 'Bắt buộc',
    accepted: 'Họ và tên của cá nhân, hoặc tên của tập thể; tối đa 300 ký tự.',
    example: 'Nguyễn Văn Hậu',
  },
  gender: {
    required: 'Bắt buộc với cá nhân; tập thể để trống',
    accepted: '"Nam" hoặc "Nữ".',
    example: 'Nam',
  },
  birthYear: {
    required: 'Bắt buộc với cá nhân; tập thể để trống',
    accepted: 'Năm sinh 4 chữ số (hoặc ngày sinh đầy đủ); tuổi từ 16 đến 100.',
    example: '1980',
  },
  ethnic: {
    required: 'Bắt buộc với cá nhân; tập thể để trống',
    accepted: 'Chọn trong danh mục 54 dân tộc; nhận cả cách viết khác ("Mông", "H\'Mông") và mã ("01").',
    example: 'Kinh',
  },
  position: {
    required: 'Không',
    accepted: 'Chức vụ, nơi công tác của cá nhân; địa chỉ hoặc cơ quan chủ quản của tập thể.',
    example: 'Thuyền trưởng tàu cá HP-90123-TS',
  },
  nominatingUnit: {
    required: 'Bắt buộc (để trống được khi nhập bằng dòng lệnh với --unit)',
    accepted: 'Tên đầy đủ của đơn vị như trong phần mềm, hoặc mã đơn vị; phải thuộc phạm vi bạn được đề cử.',
    example: 'Nghiệp đoàn nghề cá Bạch Long Vĩ',
  },
  formerUnit: {
    required: 'Không',
    accepted: 'Đơn vị trước khi sắp xếp năm 2025, ghi như cũ.',
    example: 'Huyện Bạch Long Vĩ',
  },
  field: {
    required: 'Cần có trước khi gửi',
    accepted: 'Chọn trong danh mục lĩnh vực.',
    example: 'Nông nghiệp - thủy sản',
  },
  sector: {
    required: 'Cần có trước khi gửi',
    accepted: 'Chọn trong danh mục thành phần kinh tế.',
    example: 'Hộ gia đình, cá nhân sản xuất (nông dân, ngư dân)',
  },
  directWorker: {
    required: 'Không (để trống là "Không")',
    accepted: '"Có" hoặc "Không"; nhận cả x, 1, 0.',
    example: 'Có',
  },
  priorityAreas: {
    required: 'Không',
    accepted: 'Một hoặc nhiều lĩnh vực ưu tiên, cách nhau bằng dấu ";".',
    example: 'Kinh tế - xã hội; Quốc phòng - an ninh',
  },
  achievements: {
    required: 'Cần có trước khi gửi',
    accepted: 'Tóm tắt thành tích; tối đa 10.000 ký tự.',
    example: 'Bám biển 20 năm; cứu 12 ngư dân gặp nạn năm 2023.',
  },
  awards: {
    required: 'Không',
    accepted: 'Các hình thức khen thưởng giai đoạn 2020-2025; tối đa 5.000 ký tự.',
    example: 'Giấy khen UBND huyện năm 2022',
  },
  meetingDate: {
    required: 'Cần có trước khi gửi (ghi đủ cả ba cột bình xét hoặc để trống cả ba)',
    accepted: 'Ngày/tháng/năm, ví dụ 01/08/2025; không sau ngày nhập, không trước 01/01/2020.',
    example: '01/08/2025',
  },
  present: {
    required: 'Cùng Ngày bình xét',
    accepted: 'Số nguyên từ 1 trở lên.',
    example: '12',
  },
  inFavour: {
    required: 'Cùng Ngày bình xét',
    accepted: 'Số nguyên, không lớn hơn số người dự họp.',
    example: '10',
  },
  citizenId: {
    required: 'Không',
    accepted: 'Đúng 12 chữ số (cột đã để dạng văn bản để giữ số 0 ở đầu).',
    example: '031080012345',
  },
  phone: {
    required: 'Không',
    accepted: 'Số điện thoại Việt Nam bắt đầu bằng 0.',
    example: '0912345678',
  },
};

/** A collective's example row, in column order (the individual one is COLUMN_GUIDE's examples). */
const COLLECTIVE_EXAMPLE: Record<NominationColumnKey, string> = {
  stt: '2',
  kind: 'Tập thể',
  name: 'Tổ chuyên môn Tiểu học',
  gender: '',
  birthYear: '',
  ethnic: '',
  position: 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
  nominatingUnit: 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
  formerUnit: '',
  field: 'Giáo dục',
  sector: 'Kinh tế nhà nước',
  directWorker: 'Không',
  priorityAreas: 'Kinh tế - xã hội',
  achievements: '100% học sinh hoàn thành chương trình năm học 2024-2025.',
  awards: 'Tập thể lao động tiên tiến năm học 2023-2024',
  meetingDate: '05/08/2025',
  present: '9',
  inFavour: '9',
  citizenId: '',
  phone: '',
};

/**
 * The instructions sheet: rules of the file, one row per column (letter, header, required, accepted
 * values, example), worked examples, and the active reference list labels the drop-downs offer.
 */
export function templateGuide(lists: ReferenceLists, settings: NominationSettings): GuideBlock[] {
  const threshold = formatThreshold(settings.grassroots);
  return guideBlocks({
    title: 'HƯỚNG DẪN ĐIỀN DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN',
    filling: [
      '1. Điền ở trang "Đề cử", mỗi dòng một cá nhân hoặc tập thể, bắt đầu từ dòng 2. Dòng trống được bỏ qua.',
      '2. Không sửa, không xóa và không đổi thứ tự các tiêu đề ở dòng 1: mọi đơn vị trong thành phố dùng chung mẫu này.',
      '3. Các cột có danh sách chọn (mũi tên ở góc ô): hãy chọn, không gõ khác đi.',
      '4. Tập thể: số thành viên và người đại diện ghi bổ sung trên phần mềm trước khi gửi; hoặc thêm cột "Số thành viên" (và "Người đại diện") vào sau cột cuối cùng, phần mềm tự nhận các cột này theo tiêu đề.',
      `5. Kết quả bình xét ở cơ sở: để được gửi, số phiếu đồng ý phải đạt ${threshold} số người dự họp (ngưỡng mặc định; hội nghị có thể đặt ngưỡng khác).`,
    ],
    importing: [
      `${IMPORT_NOTES.rowMessages.slice(0, -1)}, ví dụ "Dòng 7, cột E: Năm sinh "19x5" không phải là năm hợp lệ".`,
      IMPORT_NOTES.allOrNothing,
      'Hai dòng cùng họ tên, năm sinh và đơn vị đề cử trong một tệp bị từ chối. Trùng với một đề cử đã có thì vẫn được nhập nhưng được đánh dấu để kiểm tra.',
      'Đề cử được nhập ở trạng thái Nháp; đơn vị kiểm tra lại rồi gửi trên phần mềm.',
    ],
    columns: NOMINATION_COLUMNS,
    columnGuide: COLUMN_GUIDE,
    more: [
      p('Ví dụ hai dòng đã điền', 'heading'),
      {
        kind: 'table',
        header: NOMINATION_COLUMNS.map((c) => c.header),
        rows: [
          NOMINATION_COLUMNS.map((c) => COLUMN_GUIDE[c.key].example),
          NOMINATION_COLUMNS.map((c) => COLLECTIVE_EXAMPLE[c.key]),
        ],
      },
      ...activeListsGuide(lists),
    ],
  });
}

/** The data sheet's name in the template and in exports. */
export const NOMINATION_DATA_SHEET = 'Đề cử';
const GUIDE_SHEET = 'Hướng dẫn';
/** Rows of the template that carry the drop-downs. */
const TEMPLATE_ROWS = 2000;
const WIDTHS: Partial<Record<SheetColumnKey, number>> = {
  stt: 6,
  kind: 13,
  name: 28,
  gender: 10,
  birthYear: 10,
  ethnic: 12,
  position: 32,
  nominatingUnit: 32,
  formerUnit: 24,
  field: 24,
  sector: 26,
  directWorker: 14,
  priorityAreas: 26,
  achievements: 50,
  awards: 36,
  meetingDate: 13,
  present: 11,
  inFavour: 11,
  citizenId: 16,
  phone: 15,
  memberCount: 12,
  representativeName: 24,
  representativeGender: 12,
  representativeBirthYear: 12,
  representativeEthnic: 14,
};

/** The workbook of the template and of exports: the data sheet, the instructions, the hidden lists. */
export function nominationTemplateWorkbook(
  lists: ReferenceLists,
  settings: NominationSettings,
  columns: ReadonlyArray<ColumnSpec<SheetColumnKey>>,
  rows: TemplateCell[][],
): TemplateWorkbook {
  const labels = (l: keyof ReferenceLists) => lists[l].filter((i) => i.active).map((i) => i.label);
  return templateWorkbook({
    dataSheet: NOMINATION_DATA_SHEET,
    columns,
    widths: WIDTHS,
    defaultWidth: 16,
    textColumns: ['citizenId', 'phone'],
    rows,
    validationRows: TEMPLATE_ROWS,
    dropDowns: [
      { key: 'kind', list: 'Loại', values: ['Cá nhân', 'Tập thể'] },
      { key: 'gender', list: 'Giới tính', values: ['Nam', 'Nữ'] },
      { key: 'ethnic', list: 'Dân tộc', values: labels('ethnic') },
      { key: 'field', list: 'Lĩnh vực', values: labels('field') },
      { key: 'sector', list: 'Thành phần kinh tế', values: labels('sector') },
      { key: 'directWorker', list: 'Trực tiếp lao động, sản xuất', values: ['Có', 'Không'] },
    ],
    guideSheet: GUIDE_SHEET,
    guideWidths: [8, 30, 26, 60, 34],
    guide: templateGuide(lists, settings),
  });
}
