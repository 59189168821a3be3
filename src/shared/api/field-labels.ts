import { AWARD_LEVEL_LABELS } from '../../core/delegates/score.ts';

/** Vietnamese names of the fields users fill in, used to name the field in every error message. */
export const FIELD_LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  newPassword: 'Mật khẩu mới',
  fullName: 'Họ và tên',
  unitId: 'Đơn vị',
  parentId: 'Đơn vị cấp trên',
  roles: 'Vai trò',
  role: 'Vai trò',
  kind: 'Loại',
  typeLabel: 'Loại hình',
  name: 'Tên',
  officialCode: 'Mã đơn vị',
  isFormer: 'Đơn vị trước sắp xếp',
  version: 'Phiên bản',
  templateId: 'Mẫu kế hoạch',
  nameLine2: 'Dòng thứ hai của tên hội nghị',
  ordinal: 'Lần thứ',
  term: 'Giai đoạn',
  year: 'Năm',
  session: 'Buổi họp',
  date: 'Ngày tổ chức',
  part: 'Buổi',
  startTime: 'Giờ bắt đầu',
  endTime: 'Giờ kết thúc',
  venue: 'Địa điểm',
  deadline: 'Hạn hoàn thành',
  maxDelegates: 'Số đại biểu tối đa',
  exemplaryShare: 'Tỷ lệ đại biểu điển hình tiên tiến',
  guestShare: 'Tỷ lệ đại biểu khách mời, lãnh đạo',
  plan: 'Kế hoạch',
  documentNumber: 'Số văn bản',
  documentSymbol: 'Ký hiệu văn bản',
  issuedDate: 'Ngày ban hành',
  place: 'Địa danh',
  parentBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  title: 'Trích yếu',
  basis: 'Căn cứ',
  purposes: 'Mục đích, yêu cầu',
  form: 'Hình thức',
  composition: 'Thành phần, cơ cấu',
  compositionNotes: 'Ghi chú về thành phần',
  programItems: 'Chương trình hội nghị',
  activities: 'Hoạt động',
  keyContents: 'Nội dung trọng tâm',
  code: 'Số mục',
  heading: 'Tiêu đề',
  blocks: 'Đoạn văn',
  style: 'Kiểu đoạn',
  text: 'Nội dung',
  assignments: 'Phân công',
  unitName: 'Tên đơn vị',
  isRequest: 'Đề nghị phối hợp',
  duties: 'Nhiệm vụ',
  closing: 'Đoạn kết',
  recipients: 'Nơi nhận',
  signature: 'Chữ ký',
  authority: 'Thẩm quyền ký',
  prefix: 'Hình thức ký',
  position: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  status: 'Trạng thái',
  body: 'Nội dung mẫu',
  upperCongress: 'Đại hội cấp trên',
  upperPlanReference: 'Văn bản cấp trên',
  cityName: 'Tên thành phố',
  previousTerm: 'Giai đoạn trước',
  active: 'Đang hoạt động',
  q: 'Từ khóa tìm kiếm',
  limit: 'Số dòng',
  offset: 'Vị trí bắt đầu',
  id: 'Mã',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  ethnicCode: 'Dân tộc',
  nominatingUnitId: 'Đơn vị đề cử',
  formerUnitName: 'Đơn vị trước sắp xếp',
  fieldCode: 'Lĩnh vực',
  sectorCode: 'Thành phần kinh tế',
  directWorker: 'Trực tiếp lao động, sản xuất',
  priorityAreas: 'Lĩnh vực ưu tiên',
  achievements: 'Thành tích tiêu biểu',
  awards: 'Khen thưởng 2020-2025',
  memberCount: 'Số thành viên',
  representativeName: 'Người đại diện',
  vote: 'Kết quả bình xét',
  meetingDate: 'Ngày họp',
  present: 'Số người dự họp',
  inFavour: 'Số phiếu đồng ý',
  members: 'Tổng số thành viên hội đồng',
  council: 'Biểu quyết của Hội đồng',
  citizenId: 'Số CCCD',
  phone: 'Số điện thoại',
  action: 'Thao tác',
  reason: 'Lý do',
  grassroots: 'Ngưỡng bình xét cơ sở',
  share: 'Tỷ lệ',
  category: 'Thành phần',
  guestId: 'Mã đại biểu',
  seats: 'Tổng số đại biểu',
  rules: 'Quy tắc cơ cấu',
  column: 'Tiêu chí',
  value: 'Giá trị',
  each: 'Mọi giá trị',
  min: 'Tối thiểu',
  max: 'Tối đa',
  minShare: 'Tỷ lệ tối thiểu',
  maxShare: 'Tỷ lệ tối đa',
  include: 'Chọn chắc chắn',
  exclude: 'Loại ra',
  weights: 'Điểm ưu tiên',
  award: 'Khen thưởng',
  ...AWARD_LEVEL_LABELS,
  councilShare: 'Tỷ lệ tán thành của Hội đồng',
  priorityArea: 'Mỗi lĩnh vực ưu tiên',
  guest: 'Khách mời',
  leader: 'Lãnh đạo các cấp, các ngành',
  selected: 'Danh sách được chọn',
  basedOn: 'Danh sách đang dùng',
  note: 'Ghi chú',
  method: 'Cách chia',
  units: 'Đơn vị',
  unit: 'Đơn vị',
  weight: 'Trọng số',
};

/**
 * "plan.assignments.0.duties.1" → "Phân công (mục 1) › Nhiệm vụ (mục 2)": every named key after the
 * top-level group, with list positions counted from 1 as users count them.
 */
export function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      if (parts.length > 0) parts[parts.length - 1] += ` (mục ${key + 1})`;
    } else {
      parts.push(FIELD_LABELS[String(key)] ?? String(key));
    }
  }
  if (parts.length === 0) return 'Dữ liệu';
  const shown =
    parts.length > 1 && (path[0] === 'plan' || path[0] === 'session' || path[0] === 'body')
      ? parts.slice(1)
      : parts;
  return shown.join(' › ');
}

/** One line a user can act on: "Số đại biểu tối đa: không được lớn hơn 150". */
export function describeIssue(issue: { path: ReadonlyArray<PropertyKey>; message: string }): string {
  return `${fieldLabel(issue.path)}: ${issue.message}`;
}
