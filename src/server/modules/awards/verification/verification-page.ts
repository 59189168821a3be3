/** The public page a certificate's QR code opens: small, self-contained, readable on a phone. */
import type { CertificateVerification } from '../../../../core/awards/types.ts';
import { formatLongDate } from '../../../../core/vietnamese/dates.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:"Times New Roman",Tinos,Georgia,serif;background:#f4efe4;color:#222;line-height:1.5}
main{max-width:560px;margin:0 auto;padding:24px 16px}
.card{background:#fff;border:1px solid #d9cba8;border-top:6px solid #b3261e;border-radius:8px;padding:20px 18px;box-shadow:0 2px 8px rgba(0,0,0,.06)}
.nation{text-align:center;font-weight:bold;font-size:13px;letter-spacing:.02em;margin:0}
.motto{text-align:center;font-weight:bold;font-size:13px;margin:2px 0 16px}
h1{text-align:center;font-size:20px;color:#b3261e;margin:8px 0 16px;text-transform:uppercase}
.status{display:block;text-align:center;font-weight:bold;border-radius:6px;padding:10px;margin:0 0 18px;font-size:16px}
.valid{background:#e6f4ea;color:#1e6b34;border:1px solid #9fd0ad}
.replaced{background:#fff4e0;color:#8a4b00;border:1px solid #f0c27a}
.missing{background:#fdecea;color:#8c1d18;border:1px solid #f0a9a3}
dl{margin:0}
dt{font-size:13px;color:#6b5d3f;margin-top:12px}
dd{margin:2px 0 0;font-size:17px}
.name{font-size:22px;font-weight:bold}
footer{font-size:13px;color:#6b5d3f;text-align:center;margin-top:18px}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main><div class="card">
<p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p class="motto">Độc lập - Tự do - Hạnh phúc</p>
${body}
</div>
<footer>Trang xác thực khen thưởng chỉ hiển thị thông tin công khai của quyết định khen thưởng.</footer>
</main></body>
</html>
`;
}

/** The page of a known certificate: who was awarded what, by which decision, and whether it stands. */
export function verificationPage(v: CertificateVerification): string {
  const status = v.valid
    ? '<p class="status valid">✓ Khen thưởng có thật và còn hiệu lực</p>'
    : '<p class="status replaced">Quyết định khen thưởng này đã được thay thế bằng một quyết định khác</p>';
  const rows: Array<[string, string, string?]> = [
    ['Được khen thưởng', v.name, 'name'],
    ['Hình thức khen thưởng', v.formName],
    ['Thành tích', v.achievement],
    ['Quyết định', `Số ${v.decisionNumber} ${formatLongDate(v.decisionDate)}`],
    ['Cơ quan quyết định', v.issuer],
    ...(v.registerNumber ? ([['Số vào sổ', v.registerNumber]] as Array<[string, string]>) : []),
  ];
  const list = rows
    .map(
      ([label, value, cls]) =>
        `<dt>${label}</dt><dd${cls ? ` class="${cls}"` : ''}>${escapeHtml(value)}</dd>`,
    )
    .join('\n');
  return page(
    `Xác thực khen thưởng: ${v.name}`,
    `<h1>Xác thực khen thưởng</h1>\n${status}\n<dl>\n${list}\n</dl>`,
  );
}

/** The page of a code that leads to no certificate. */
export function unknownCertificatePage(): string {
  return page(
    'Không tìm thấy giấy khen',
    `<h1>Xác thực khen thưởng</h1>
<p class="status missing">Không tìm thấy giấy khen với mã này</p>
<p>Mã xác thực không đúng, hoặc giấy khen chưa được cấp. Hãy quét lại mã QR in trên giấy khen; nếu vẫn không được, xin liên hệ cơ quan đã cấp giấy khen.</p>`,
  );
}
