import type { LegalField, LegalRole } from '../../../../core/awards/legal-bases.ts';

/** Texts of the "Văn bản căn cứ" table of the catalogue screen. */
export const LEGAL = {
  title: 'Văn bản căn cứ của quyết định khen thưởng',
  intro:
    'Quyết định khen thưởng tự ghi các văn bản còn hiệu lực vào ngày ký: luật tổ chức chính quyền địa phương, luật thi đua, khen thưởng, nghị định hướng dẫn và, từ 01/7/2025, nghị định giao thẩm quyền cho Chủ tịch UBND cấp xã. Văn bản được trích dẫn đầy đủ (số, ngày, trích yếu) ở lần đầu.',
  tableLabel: 'Văn bản căn cứ theo thời gian hiệu lực',
  colDocument: 'Văn bản (trích dẫn đầy đủ)',
  colRole: 'Dùng để',
  colValidity: 'Hiệu lực',
  colEdit: 'Sửa',
  from: (d: string) => `từ ${d}`,
  fromTo: (a: string, b: string) => `${a} – ${b}`,
  amends: 'cùng dòng với luật được sửa đổi',
  communeOnly: 'chỉ các hình thức Chủ tịch UBND cấp xã quyết định',
  unverified: (fields: string) => `cần kiểm tra: ${fields}`,
  edit: (number: string) => `Sửa ${number}`,
  editTitle: (number: string) => `Văn bản căn cứ ${number}`,
  number: ['Số hiệu', 'Ví dụ 152/2025/NĐ-CP'] as [string, string],
  issuedOn: ['Ngày ban hành', 'Ngày thông qua (luật) hoặc ngày ký (nghị định)'] as [string, string],
  docTitle: [
    'Tên luật hoặc trích yếu',
    'Với nghị định: phần sau “của Chính phủ”, ví dụ “quy định chi tiết …”',
  ] as [string, string],
  effectiveFrom: ['Hiệu lực từ ngày', ''] as [string, string],
  effectiveTo: ['Hiệu lực đến ngày', 'Để trống nếu còn hiệu lực'] as [string, string],
  source: ['Nguồn', 'Văn bản, trang đã đối chiếu'] as [string, string],
  verified: 'Đã đối chiếu mọi giá trị với văn bản chính thức',
  save: 'Lưu',
  saved: 'Đã lưu văn bản căn cứ.',
  roles: {
    'local-government': 'Tổ chức chính quyền địa phương',
    'emulation-law': 'Luật Thi đua, khen thưởng',
    'emulation-decree': 'Nghị định hướng dẫn',
    'commune-powers': 'Thẩm quyền cấp xã',
  } satisfies Record<LegalRole, string>,
  fields: {
    number: 'số hiệu',
    issuedOn: 'ngày ban hành',
    title: 'trích yếu',
    effectiveFrom: 'ngày có hiệu lực',
    effectiveTo: 'ngày hết hiệu lực',
    forms: 'hình thức áp dụng',
  } satisfies Record<LegalField, string>,
} as const;
