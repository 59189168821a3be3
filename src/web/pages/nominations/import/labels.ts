import type { ImportModalLabels, ImportStepLabels } from '../../../components/import-labels.ts';

/** Words of the "Nhập từ Excel" dialog of nominations. */
export const IMPORT = {
  title: 'Nhập đề cử từ tệp Excel',
  intro:
    'Dùng “Tải mẫu Excel” để có tệp đúng cột, điền mỗi tập thể, cá nhân một dòng rồi chọn tệp ở đây. Tệp chỉ được nhập khi mọi dòng đều hợp lệ.',
  file: 'Tệp Excel (.xlsx)',
  filePlaceholder: 'Bấm để chọn tệp',
  fileMissing: 'Vui lòng chọn tệp Excel (.xlsx).',
  fileWrongType: 'Chỉ nhận tệp Excel dạng .xlsx.',
  unit: 'Đơn vị đề cử mặc định',
  unitHint: 'Dùng cho các dòng để trống cột “Đơn vị đề cử”.',
  template: 'Tải mẫu Excel',
  found: (rows: number, sheet: string, headerRow: number) =>
    `Tìm thấy ${rows} dòng dữ liệu trong trang tính “${sheet}” (tiêu đề ở dòng ${headerRow}).`,
  mappingIntro:
    'Mỗi cột của mẫu đã được ghép với cột có tiêu đề giống nó trong tệp của bạn, không phân biệt chữ hoa, chữ thường hay dấu (“Nam sinh” cũng khớp “Năm sinh”). Hãy xem lại và sửa nếu cần; cột nào không có thì chọn “Không dùng”.',
  unused: 'Không dùng',
  sourceColumn: (letter: string, header: string) => `Cột ${letter}: ${header || '(không có tiêu đề)'}`,
  usedTwice: (other: string) => `Cột này đã được ghép cho “${other}”; mỗi cột chỉ dùng một lần.`,
  unmapped: (n: number) => `${n} cột của mẫu chưa được ghép.`,
  check: 'Kiểm tra',
  checking: 'Đang kiểm tra từng dòng…',
  checkOk: (n: number) => `Tệp hợp lệ: ${n} hồ sơ sẵn sàng để nhập.`,
  checkOkNote: 'Chưa có hồ sơ nào được nhập. Bấm “Nhập” để nhập tất cả.',
  checkBad: (n: number) => `Tệp có ${n} lỗi — chưa nhập hồ sơ nào`,
  checkBadNote:
    'Hãy sửa các ô dưới đây trong tệp Excel, lưu lại rồi bấm “Chọn tệp đã sửa”. Tệp chỉ được nhập khi không còn lỗi nào.',
  errorsLabel: 'Danh sách lỗi',
  warnings: 'Lưu ý (vẫn nhập được)',
  submit: (n: number) => `Nhập ${n} hồ sơ`,
  importing: 'Đang nhập…',
  done: (n: number) => `Đã nhập ${n} hồ sơ ở trạng thái Nháp.`,
  doneNote: 'Hãy xem lại từng hồ sơ, tải ảnh và biên bản lên, rồi bấm “Gửi”.',
  close: 'Đóng',
  failed: 'Không nhập được',
} satisfies ImportModalLabels & Record<string, unknown>;

/** The steps of the nominations import: the file, the column mapping, the check, the import. */
export const IMPORT_STEPS: ImportStepLabels = {
  steps: ['Chọn tệp', 'Ghép cột', 'Kiểm tra', 'Nhập'],
  stepOf: (n: number, total: number, label: string) => `Bước ${n}/${total}: ${label}`,
  progressLabel: 'Tiến độ nhập tệp',
  next: 'Đọc tệp',
  reading: 'Đang đọc tệp…',
  back: 'Quay lại',
  chooseAgain: 'Chọn tệp đã sửa',
};
