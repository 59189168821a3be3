import type { ReferenceListName } from '../../../shared/api/nominations.ts';

/** Words of the "Danh mục" screen. */
export const REFERENCE = {
  title: 'Danh mục',
  intro:
    'Các danh mục dùng khi đề cử và khi nhập tệp Excel. Tên gọi khác giúp nhận ra cách viết khác (ví dụ “Mán” cho dân tộc Dao). Mục đã ngừng dùng vẫn hiện trên hồ sơ cũ nhưng không chọn được cho hồ sơ mới.',
  lists: {
    ethnic: 'Dân tộc',
    field: 'Lĩnh vực',
    sector: 'Thành phần kinh tế',
    priority: 'Lĩnh vực ưu tiên',
  } satisfies Record<ReferenceListName, string>,
  tabsLabel: 'Các danh mục',
  filter: 'Tìm trong danh mục',
  filterPlaceholder: 'Gõ tên hoặc mã, không cần dấu',
  filterNote: 'Đang lọc: bỏ lọc để đổi thứ tự.',
  code: 'Mã',
  label: 'Tên hiển thị',
  aliases: 'Tên gọi khác',
  aliasesPlaceholder: 'Gõ rồi nhấn Enter',
  active: 'Đang dùng',
  moveUp: (label: string) => `Đưa “${label}” lên trên`,
  moveDown: (label: string) => `Đưa “${label}” xuống dưới`,
  add: 'Thêm mục',
  newCode: 'Mã mục mới',
  newCodeHint: 'Chữ không dấu, số hoặc gạch nối; không đổi được sau khi lưu.',
  newLabel: 'Tên mục mới',
  save: 'Lưu danh mục',
  saved: (list: string) => `Đã lưu danh mục ${list}.`,
  dirty: 'Có thay đổi chưa lưu',
  clean: 'Không có thay đổi',
  duplicateCode: 'Mã này đã có trong danh mục.',
  badCode: 'Mã chỉ gồm chữ không dấu, số và gạch nối.',
  emptyLabel: 'Tên hiển thị không được để trống.',
  itemsLabel: (list: string) => `Các mục của danh mục ${list}`,
  count: (n: number, active: number) => `${n} mục, ${active} đang dùng`,
} as const;
