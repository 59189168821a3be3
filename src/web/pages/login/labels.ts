export const LOGIN = {
  heading: 'Đăng nhập',
  intro: 'Hệ thống tổ chức Hội nghị điển hình tiên tiến và công tác thi đua, khen thưởng.',
  username: 'Tên đăng nhập',
  usernameHint: 'Tên do quản trị đơn vị cấp cho bạn, ví dụ: bachlongvi',
  password: 'Mật khẩu',
  submit: 'Đăng nhập',
  missing: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
  wrong: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại (chú ý chữ hoa, chữ thường).',
  tooMany: 'Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.',
} as const;
