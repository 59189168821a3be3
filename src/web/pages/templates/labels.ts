export const TEMPLATES = {
  title: 'Mẫu kế hoạch',
  intro:
    'Mẫu Kế hoạch tổ chức Hội nghị điển hình tiên tiến do thành phố ban hành. Khi một đơn vị tạo hội nghị, nội dung mẫu được chép sang và tự điền tên đơn vị.',
  tableLabel: 'Danh sách mẫu kế hoạch',
  colTitle: 'Tên mẫu',
  colYear: 'Năm',
  colVersion: 'Phiên bản',
  colUpdated: 'Sửa lần cuối',
  isDefault: 'Mẫu chung',
  empty: 'Chưa có mẫu kế hoạch nào.',
  back: 'Danh sách mẫu kế hoạch',
  noPermission: 'Chỉ cán bộ thi đua hoặc quản trị ở cấp thành phố mới sửa được mẫu kế hoạch.',
  tokensTitle: 'Từ tự điền khi tạo hội nghị',
  tokensText:
    'Các từ trong ngoặc nhọn sẽ được thay khi đơn vị tạo hội nghị: {donVi} → “đặc khu Bạch Long Vĩ”, {loaiDonVi} → “đặc khu”, {tenDonVi} → “Bạch Long Vĩ”, {DON_VI} → “ĐẶC KHU BẠCH LONG VĨ”, {thanhPho} → tên thành phố, {nhiemKy} → giai đoạn, {giaiDoanTruoc} → giai đoạn trước, {daiHoi} → tên đại hội cấp trên, {canCu} → văn bản cấp trên, {vanPhong} → văn phòng của đơn vị (“Văn phòng Ủy ban nhân dân đặc khu”, theo cài đặt của đơn vị).',
  previewFor: (unit: string) => `Xem trước như khi ${unit} tạo hội nghị`,
  fields: {
    title: [
      'Tên mẫu',
      'Tên hiện trong danh sách mẫu, ví dụ: Hội nghị điển hình tiên tiến cấp xã, giai đoạn 2025 - 2030.',
    ],
    cityName: ['Tên thành phố', 'Ví dụ: Hải Phòng. Dùng cho từ {thanhPho}.'],
    year: ['Năm', 'Năm tổ chức hội nghị.'],
    ordinal: ['Lần thứ', 'Số lần tổ chức đại hội cấp trên, viết bằng số.'],
    term: ['Giai đoạn', 'Dạng 2025 - 2030. Dùng cho từ {nhiemKy}.'],
    previousTerm: ['Giai đoạn trước', 'Dạng 2020 - 2025. Dùng cho từ {giaiDoanTruoc}.'],
    upperCongress: ['Đại hội cấp trên', 'Tên đại hội mà các hội nghị hướng tới. Dùng cho từ {daiHoi}.'],
    upperPlanReference: [
      'Văn bản cấp trên',
      'Văn bản mà kế hoạch các đơn vị thực hiện. Dùng cho từ {canCu}.',
    ],
  },
  saved: 'Đã lưu mẫu kế hoạch.',
} as const;
