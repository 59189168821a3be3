/**
 * The columns of the nominations spreadsheet, in order. Units all over the city fill this template, so
 * the headers never change; "Dòng N" in messages is the row number Excel shows.
 */
export const NOMINATION_COLUMNS = [
  { key: 'stt', header: 'STT' },
  { key: 'kind', header: 'Loại (Cá nhân/Tập thể)' },
  { key: 'name', header: 'Họ và tên / Tên tập thể' },
  { key: 'gender', header: 'Giới tính' },
  { key: 'birthYear', header: 'Năm sinh' },
  { key: 'ethnic', header: 'Dân tộc' },
  { key: 'position', header: 'Chức vụ, nơi công tác' },
  { key: 'nominatingUnit', header: 'Đơn vị đề cử' },
  { key: 'formerUnit', header: 'Đơn vị trước sắp xếp' },
  { key: 'field', header: 'Lĩnh vực' },
  { key: 'sector', header: 'Thành phần kinh tế' },
  { key: 'directWorker', header: 'Trực tiếp lao động, sản xuất' },
  { key: 'priorityAreas', header: 'Lĩnh vực ưu tiên' },
  { key: 'achievements', header: 'Thành tích tiêu biểu' },
  { key: 'awards', header: 'Khen thưởng 2020-2025' },
  { key: 'meetingDate', header: 'Ngày bình xét' },
  { key: 'present', header: 'Số người dự họp' },
  { key: 'inFavour', header: 'Số phiếu đồng ý' },
  { key: 'citizenId', header: 'Số CCCD' },
  { key: 'phone', header: 'Số điện thoại' },
] as const;

export type NominationColumnKey = (typeof NOMINATION_COLUMNS)[number]['key'];
