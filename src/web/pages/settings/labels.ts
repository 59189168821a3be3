import { PUBLIC_ADDRESS_EXAMPLE, PUBLIC_ADDRESS_LABEL } from '../../../core/settings/public-address.ts';

/** The words of "Cài đặt" and of the first-run set-up card. */
export const SETTINGS = {
  title: 'Cài đặt',
  intro: 'Các thiết lập chung của cả hệ thống Vinh Danh. Chỉ quản trị hệ thống được thay đổi.',
  addressTitle: PUBLIC_ADDRESS_LABEL,
  addressLabel: PUBLIC_ADDRESS_LABEL,
  addressWhat:
    'Là địa chỉ trang web mà người dân mở được từ Internet, ví dụ ' +
    `${PUBLIC_ADDRESS_EXAMPLE}. Mã QR in trên mỗi giấy khen dẫn tới trang xác thực tại địa chỉ này ` +
    `(${PUBLIC_ADDRESS_EXAMPLE}/xac-thuc/…), để ai quét mã cũng kiểm tra được khen thưởng là thật.`,
  addressWhy:
    'Khi chưa đặt địa chỉ, hoặc địa chỉ chỉ mở được trên chính máy chủ (localhost, 127.0.0.1), hệ thống không in giấy khen, vì mã QR sẽ không mở được.',
  addressHint: `Dạng https://tên-miền, có thể thêm cổng và đường dẫn; không có dấu / ở cuối. Ví dụ: ${PUBLIC_ADDRESS_EXAMPLE}`,
  placeholder: PUBLIC_ADDRESS_EXAMPLE,
  current: 'Đang dùng',
  unset: 'Chưa đặt',
  fromEnvironment: (value: string) =>
    `Máy chủ được khởi động với biến môi trường VINHDANH_PUBLIC_URL=${value}; biến này được ưu tiên hơn địa chỉ lưu ở đây.`,
  cannotPrint: (problem: string) => `Chưa in được giấy khen: ${PUBLIC_ADDRESS_LABEL} ${problem}.`,
  canPrint: 'Giấy khen in ra có mã QR dẫn tới địa chỉ này.',
  save: 'Lưu địa chỉ',
  saved: (value: string) => `Đã lưu ${PUBLIC_ADDRESS_LABEL}: ${value}`,
  readOnly: 'Chỉ quản trị hệ thống được thay đổi địa chỉ này.',
  commandLine: `Trên máy chủ cũng có thể đặt bằng lệnh: vinhdanh settings set public-url ${PUBLIC_ADDRESS_EXAMPLE}`,
  setupTitle: 'Thiết lập ban đầu: đặt Địa chỉ công khai',
  setupText:
    'Trước khi in giấy khen, hãy cho biết địa chỉ trang web mà người dân dùng để mở Vinh Danh. Mã QR trên giấy khen sẽ dẫn tới địa chỉ này.',
  openSettings: 'Mở Cài đặt',
} as const;
