export const CONFERENCE = {
  back: 'Danh sách hội nghị',
  unit: 'Đơn vị tổ chức',
  year: 'Năm',
  sessionDate: 'Ngày tổ chức',
  deadline: 'Hạn hoàn thành',
  notSet: 'chưa ấn định',
  tabsLabel: 'Các phần việc của hội nghị',
  tabPlan: 'Kế hoạch',
  tabNominations: 'Đề cử',
  tabDelegates: 'Thành phần đại biểu',
  tabAwards: 'Khen thưởng',
  later: 'Sẽ có trong phiên bản sau',
  upcoming: {
    nominations: {
      tab: 'Đề cử',
      text: 'Các cơ quan, đơn vị gửi danh sách tập thể, cá nhân điển hình tiên tiến kèm thành tích và biên bản bình xét công khai, dân chủ từ cơ sở; cán bộ thi đua xem xét từng hồ sơ.',
    },
    delegates: {
      tab: 'Đại biểu',
      text: 'Chọn đại biểu dự hội nghị: điển hình tiên tiến, khách mời và lãnh đạo, cân đối giữa các lĩnh vực, nữ, dân tộc thiểu số, người trực tiếp lao động và các đơn vị trước sắp xếp; không vượt số đại biểu tối đa.',
    },
    program: {
      tab: 'Chương trình',
      text: 'Chương trình chi tiết theo giờ trong một buổi, người trình bày tham luận, các đợt trao khen thưởng, kịch bản dẫn chương trình, giấy mời, sơ đồ chỗ ngồi và dự toán kinh phí.',
    },
    report: {
      tab: 'Báo cáo',
      text: 'Báo cáo tổng kết 5 năm (2020 - 2025) có số liệu, báo cáo kết quả hội nghị gửi thành phố và danh sách đại biểu dự Đại hội thi đua cấp trên.',
    },
  },
  upcomingTitle: 'Phần này sẽ có trong phiên bản sau',
} as const;
