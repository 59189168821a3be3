/**
 * The public address of an installation ("Địa chỉ công khai"): where people reach Vinh Danh from
 * outside, e.g. https://vinhdanh.haiphong.gov.vn. Every certificate's QR code opens
 * <address>/xac-thuc/<token>, so a certificate is printed only when the address is one a citizen's
 * phone can open: set, http(s), and not this machine (localhost, 127.x.x.x, ::1, 0.0.0.0).
 */

/** How the setting is named on screen and in messages. */
export const PUBLIC_ADDRESS_LABEL = 'Địa chỉ công khai';

/** The example every message and screen shows. */
export const PUBLIC_ADDRESS_EXAMPLE = 'https://vinhdanh.haiphong.gov.vn';

/** https?://host[:port][/path], no query, no fragment, no trailing slash. */
const SHAPE = /^https?:\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?(\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)*$/i;

/** Host names that only ever mean the machine itself. */
function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(h) ||
    h === '::1' ||
    h === '0.0.0.0' ||
    h === '::'
  );
}

/** Trims spaces and trailing slashes: "https://a.vn/ " → "https://a.vn". */
export function normalizePublicAddress(raw: string): string {
  return raw.trim().replace(/\/+$/u, '');
}

/**
 * Why an address cannot be the public address, or null when it can. It must already be normalised.
 * @example publicAddressProblem('http://localhost:3000') // 'chỉ mở được trên chính máy chủ …'
 */
export function publicAddressProblem(address: string): string | null {
  if (address === '') return 'chưa được đặt';
  const shape = SHAPE.exec(address);
  if (!shape) {
    return `phải có dạng https://tên-miền[:cổng][/đường-dẫn], không có / ở cuối, ví dụ ${PUBLIC_ADDRESS_EXAMPLE}`;
  }
  const port = shape[2] ? Number(shape[2].slice(1)) : null;
  if (port !== null && (port < 1 || port > 65535)) return 'cổng phải từ 1 đến 65535';
  if (isLoopback(shape[1])) {
    return 'chỉ mở được trên chính máy chủ (localhost), điện thoại của người dân không mở được';
  }
  return null;
}

/**
 * The Vietnamese message that refuses to print certificates without a usable public address: names
 * the setting and the three ways to set it.
 */
export function certificatesNeedAddressMessage(address: string | null): string {
  const why =
    address === null || address === ''
      ? `Chưa đặt ${PUBLIC_ADDRESS_LABEL} của hệ thống`
      : `${PUBLIC_ADDRESS_LABEL} “${address}” ${publicAddressProblem(address) ?? 'không dùng được'}`;
  return (
    `${why}, nên mã QR trên giấy khen sẽ không mở được trang xác thực. ` +
    `Quản trị hệ thống đặt ${PUBLIC_ADDRESS_LABEL} ở mục “Cài đặt” (ví dụ ${PUBLIC_ADDRESS_EXAMPLE}), ` +
    `hoặc chạy lệnh: vinhdanh settings set public-url ${PUBLIC_ADDRESS_EXAMPLE}; ` +
    `khi in bằng dòng lệnh có thể dùng --base-url ${PUBLIC_ADDRESS_EXAMPLE}.`
  );
}
