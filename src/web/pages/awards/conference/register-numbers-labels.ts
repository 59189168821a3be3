/** The words of "Số vào sổ" in a decision: each certificate's number in the register of commendations. */
export const REG = {
  title: 'Số vào sổ của giấy khen',
  summary: (numbered: number, total: number) => `đã ghi ${numbered}/${total}`,
  intro:
    'Số vào sổ khen thưởng của từng giấy khen, in ở vị trí “Số vào sổ” của mẫu giấy khen. Có thể ghi cả khi quyết định đã được phê duyệt; số không đổi nội dung quyết định.',
  startFrom: 'Đánh số từ',
  startHint: 'Đánh số liên tục theo thứ tự danh sách: tập thể trước, cá nhân sau.',
  fill: 'Đánh số liên tục',
  clear: 'Xóa hết số',
  colNumber: 'TT',
  colName: 'Tập thể, cá nhân',
  colRegister: 'Số vào sổ',
  numberOf: (i: number, name: string) => `Số vào sổ, dòng ${i}: ${name}`,
  save: 'Lưu số vào sổ',
  saved: 'Đã lưu số vào sổ.',
  unsaved: 'Số vào sổ chưa lưu',
  discard: 'Bỏ thay đổi',
  blocked: 'Hãy lưu hoặc bỏ các thay đổi của dự thảo trước khi lưu số vào sổ.',
  readOnly: 'Bạn chỉ xem được số vào sổ.',
  none: '—',
} as const;
