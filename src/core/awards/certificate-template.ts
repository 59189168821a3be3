/** The default layout of a printed certificate (positions in millimetres on A4 landscape). */
import type { CertificateField, CertificateTemplate } from './types.ts';

type FieldKey = CertificateField['key'];
type Style = Partial<Pick<CertificateField, 'bold' | 'italic' | 'align'>>;
const PLAIN = { bold: false, italic: false, align: 'center' } as const;
function field(key: FieldKey, x: number, y: number, width: number, fontSize: number, style: Style = {}) {
  return { key, x, y, width, fontSize, ...PLAIN, ...style } satisfies CertificateField;
}

/**
 * The layout of a printed Giấy khen: quốc hiệu and tiêu ngữ, "CHỦ TỊCH ỦY BAN NHÂN DÂN …", "TẶNG" and
 * the form's name in large red letters (field `title`, whose size is that of the form's name), then the
 * name, position and unit, achievement; the decision and the register number (số vào sổ) bottom-left
 * above the QR code (its width is the code's size), the place and date and the signature bottom-right.
 */
export const DEFAULT_CERTIFICATE_TEMPLATE: Omit<CertificateTemplate, 'version'> = {
  backgroundFileId: null,
  fields: [
    field('title', 30, 22, 237, 46, { bold: true }),
    field('name', 25, 82, 247, 26, { bold: true }),
    field('unit', 35, 96, 227, 16),
    field('achievement', 35, 107, 227, 16, { italic: true }),
    field('decision', 27, 143, 120, 12, { align: 'left' }),
    field('register', 27, 149, 120, 12, { align: 'left' }),
    field('place_date', 150, 139, 125, 14, { italic: true }),
    field('signer', 150, 147, 125, 14, { bold: true }),
    field('qr', 27, 156, 28, 9, { align: 'left' }),
  ],
};
