/**
 * Certificates (Giấy khen, Bằng chứng nhận) of an award decision: one A4-landscape page per line of the
 * decision, fields placed by the template in millimetres, an optional full-page background image (a
 * decorative double border is drawn when there is none), and a QR code bottom-left that opens the
 * public verification page of the line's certificate token.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import sharp from 'sharp';
import type {
  AwardDecision,
  AwardForm,
  CertificateField,
  CertificateTemplate,
} from '../../core/awards/types.ts';
import {
  type AwardIssuer,
  decisionReference,
  inListOrder,
} from '../../core/documents/award-decision-document.ts';
import { type CertificateTexts, certificateTexts } from '../../core/documents/certificate-texts.ts';
import { DomainError } from '../../core/errors/domain-error.ts';
import { shareParsedFonts } from './shared-fonts.ts';

const FONT = 'Tinos';
const fontFile = (name: string) => fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url));
const TINOS = {
  normal: fontFile('Tinos-Regular.ttf'),
  bold: fontFile('Tinos-Bold.ttf'),
  italics: fontFile('Tinos-Italic.ttf'),
  bolditalics: fontFile('Tinos-BoldItalic.ttf'),
};
const FONT_DIR = dirname(TINOS.normal);
shareParsedFonts(Object.values(TINOS));

/** A4 landscape in millimetres. */
export const CERTIFICATE_PAGE_MM = { width: 297, height: 210 } as const;

const RED = '#a31515';
const NAVY = '#10275e';
const GOLD = '#b8862b';
const GREY = '#444444';

/** Millimetres to PDF points, and back. */
const pt = (mm: number) => (mm * 72) / 25.4;
const mm = (points: number) => (points * 25.4) / 72;
const PAGE_W = pt(CERTIFICATE_PAGE_MM.width);
const PAGE_H = pt(CERTIFICATE_PAGE_MM.height);
/** A space above, in millimetres. */
const above = (space: number): [number, number, number, number] => [0, pt(space), 0, 0];

type FieldKey = CertificateField['key'];

export { DEFAULT_CERTIFICATE_TEMPLATE } from '../../core/awards/certificate-template.ts';

export interface CertificatesInput {
  decision: AwardDecision;
  form: AwardForm;
  template: Pick<CertificateTemplate, 'fields'>;
  /** PNG or JPEG drawn over the whole page (other formats are converted); null = the drawn border. */
  background: Buffer | null;
  issuer: AwardIssuer;
  /** "https://vinhdanh.haiphong.gov.vn": each QR code opens <verifyBaseUrl>/xac-thuc/<token>. */
  verifyBaseUrl: string;
}

/** Rough width of a text in points (Tinos: capitals ~0,66 em, other letters ~0,45 em, spaces 0,25 em). */
export function estimateWidthPt(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.25;
    else if (ch !== ch.toLocaleLowerCase('vi')) em += bold ? 0.68 : 0.64;
    else em += bold ? 0.47 : 0.45;
  }
  return em * fontSize * 1.04;
}

/** Height of one line in points: Tinos' ascent and descent (1,107 em) at the line height used here. */
const LINE_EM = 1.107 * 1.05;

/** Estimated lines of a text wrapped in a field (word breaks waste a little of each line). */
function estimatedLines(text: string, widthMm: number, size: number, bold: boolean): number {
  return Math.max(1, Math.ceil(estimateWidthPt(text, size, bold) / (pt(widthMm) * 0.94)));
}

/**
 * The size a text is printed at: the template's size if it fits on one line; otherwise the largest size
 * down to `floors[0]` of it on one line, then on two lines down to `floors[1]`, and so on up to
 * `floors.length` lines; past that, the smallest size on as many lines as it takes.
 */
type Sized = Pick<CertificateField, 'fontSize' | 'width' | 'bold'>;
export function fitText(text: string, f: Sized, floors: number[]): { size: number; lines: number } {
  for (const [i, floor] of floors.entries()) {
    for (let size = f.fontSize; size >= f.fontSize * floor; size -= 0.5) {
      if (estimatedLines(text, f.width, size, f.bold) <= i + 1) return { size, lines: i + 1 };
    }
  }
  const size = f.fontSize * (floors.at(-1) ?? 1);
  return { size, lines: estimatedLines(text, f.width, size, f.bold) };
}

/** A block of `width` mm at (x, y) mm: absolute nodes take the page width unless put in a column. */
function placed(f: CertificateField, stack: Content[]): Content {
  return {
    absolutePosition: { x: pt(f.x), y: pt(f.y) },
    columns: [{ width: pt(f.width), stack }],
  };
}

function textNode(text: string, f: CertificateField, size: number, extra: Partial<ContentText> = {}) {
  const style = { bold: f.bold, italics: f.italic, alignment: f.align, lineHeight: 1.05 };
  return { text, fontSize: size, ...style, ...extra } as ContentText;
}

function titleField(f: CertificateField, t: CertificateTexts): Content {
  const line = (text: string, size: number, margin = above(0)) =>
    textNode(text, { ...f, bold: true, italic: false }, size, { lineHeight: 1, margin });
  const motto = pt(58);
  const ruleX = { left: 0, center: (pt(f.width) - motto) / 2, right: pt(f.width) - motto }[f.align];
  const authority = fitText(t.authority, { ...f, fontSize: 16, bold: true }, [0.7]).size;
  return placed(f, [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13),
    line('Độc lập - Tự do - Hạnh phúc', 14, [0, 1, 0, 0]),
    { canvas: [{ type: 'line', x1: ruleX, y1: 2, x2: ruleX + motto, y2: 2, lineWidth: 0.7 }] },
    line(t.authority, authority, above(6)),
    line(t.verb, 15, above(2)),
    {
      ...textNode(t.formName, f, fitText(t.formName, f, [0.45]).size),
      color: RED,
      lineHeight: 1,
      characterSpacing: 2,
      margin: above(1.5),
    },
  ]);
}

function signerField(f: CertificateField, t: CertificateTexts): Content {
  return placed(f, [
    ...t.signerLines.map((l) => textNode(l, f, f.fontSize)),
    textNode(t.signerName, f, f.fontSize, { margin: above(22) }),
  ]);
}

function qrField(f: CertificateField, t: CertificateTexts): Content[] {
  const size = pt(f.width);
  const pad = pt(1.5);
  return [
    // A white quiet zone, so that the code scans on any background image.
    {
      absolutePosition: { x: pt(f.x) - pad, y: pt(f.y) - pad },
      canvas: [{ type: 'rect', x: 0, y: 0, w: size + 2 * pad, h: size + 2 * pad, color: '#ffffff' }],
    },
    { absolutePosition: { x: pt(f.x), y: pt(f.y) }, qr: t.url, fit: size, eccLevel: 'M' },
    {
      absolutePosition: { x: pt(f.x) + size + pt(2), y: pt(f.y) + size - pt(11) },
      columns: [
        {
          width: pt(52),
          text: 'Quét mã QR để kiểm tra khen thưởng này trên trang xác thực công khai.',
          fontSize: f.fontSize,
          italics: true,
          color: GREY,
          lineHeight: 1.05,
        },
      ],
    },
  ];
}

/** How far each text field may shrink, per number of lines (shares of the template's size). */
const FLOORS: Partial<Record<FieldKey, number[]>> = {
  name: [0.75, 0.6],
  unit: [0.8, 0.75],
  achievement: [0.9, 0.8, 0.7],
};
const SMALLEST_PT = 10;
const BOTTOM_KEYS: FieldKey[] = ['decision', 'register', 'place_date', 'signer', 'qr'];

/** Height of the title stack in millimetres (quốc hiệu, tiêu ngữ and its line, authority, verb, form). */
function titleHeightMm(f: CertificateField, t: CertificateTexts): number {
  const lines = (13 + 14 + 16 + 15) * 1.107 + fitText(t.formName, f, [0.45]).size * 1.107 + 4;
  return mm(lines) + 6 + 2 + 1.5;
}

interface Placement {
  field: CertificateField;
  y: number;
  size: number;
}

/**
 * Name, unit and achievement flow down the page: each is shrunk to fit its lines, starts no higher
 * than the end of a field above it that it overlaps sideways, and shrinks further (to 10 pt) rather
 * than run into the date, signature, decision and QR code at the bottom.
 */
const flowText = (key: FieldKey, t: CertificateTexts) =>
  key === 'name' ? t.name : key === 'unit' ? t.unit : key === 'achievement' ? t.achievement : '';

function flowPlacements(fields: readonly CertificateField[], t: CertificateTexts): Placement[] {
  const bottoms = fields.filter((f) => BOTTOM_KEYS.includes(f.key)).map((f) => f.y);
  const limit = bottoms.length > 0 ? Math.min(...bottoms) - 2 : CERTIFICATE_PAGE_MM.height - 15;
  const over: Array<{ x0: number; x1: number; bottom: number }> = fields
    .filter((f) => f.key === 'title')
    .map((f) => ({ x0: f.x, x1: f.x + f.width, bottom: f.y + titleHeightMm(f, t) }));
  const out: Placement[] = [];
  for (const f of fields.filter((g) => FLOORS[g.key]).sort((a, b) => a.y - b.y)) {
    const text = flowText(f.key, t);
    if (!text) continue;
    const overlapping = over.filter((r) => r.x0 < f.x + f.width && f.x < r.x1).map((r) => r.bottom + 1.5);
    const y = Math.max(f.y, ...overlapping);
    let { size, lines } = fitText(text, f, FLOORS[f.key] ?? [1]);
    const height = () => mm(lines * size * LINE_EM);
    while (y + height() > limit && size > SMALLEST_PT) {
      size -= 0.5;
      lines = estimatedLines(text, f.width, size, f.bold);
    }
    over.push({ x0: f.x, x1: f.x + f.width, bottom: y + height() });
    out.push({ field: f, y, size });
  }
  return out;
}

/** Everything printed on one certificate, in the template's fields. */
function pageContents(fields: readonly CertificateField[], t: CertificateTexts): Content[] {
  const flowed = new Map(flowPlacements(fields, t).map((p) => [p.field, p]));
  return fields.flatMap((f): Content[] => {
    const p = flowed.get(f);
    if (p) {
      const node = textNode(flowText(f.key, t), f, p.size);
      return [placed({ ...f, y: p.y }, [f.key === 'name' ? { ...node, color: NAVY } : node])];
    }
    switch (f.key) {
      case 'title':
        return [titleField(f, t)];
      case 'decision': {
        // A template saved before the register number existed prints it under the decision.
        const register = fields.some((g) => g.key === 'register') ? '' : t.register;
        return [placed(f, [textNode(register ? `${t.decision}\n${register}` : t.decision, f, f.fontSize)])];
      }
      case 'register':
        return t.register ? [placed(f, [textNode(t.register, f, f.fontSize)])] : [];
      case 'place_date':
        return [placed(f, [textNode(t.placeDate, f, f.fontSize)])];
      case 'signer':
        return [signerField(f, t)];
      case 'qr':
        return qrField(f, t);
      default:
        return [];
    }
  });
}

/** Outer thick red frame, inner thin gold frame, small gold diamonds at the inner corners. */
function drawnBorder(): Content {
  const rect = (inset: number, lineWidth: number, lineColor: string) => {
    const x = pt(inset);
    return { type: 'rect' as const, x, y: x, w: PAGE_W - 2 * x, h: PAGE_H - 2 * x, lineWidth, lineColor };
  };
  const d = pt(2.6);
  const diamond = (cx: number, cy: number) => ({
    type: 'polyline' as const,
    closePath: true,
    points: [
      [0, -d],
      [d, 0],
      [0, d],
      [-d, 0],
    ].map(([x, y]) => ({ x: cx + x, y: cy + y })),
    color: GOLD,
    lineColor: GOLD,
  });
  const c = pt(12.2);
  const corners = [
    [c, c],
    [PAGE_W - c, c],
    [c, PAGE_H - c],
    [PAGE_W - c, PAGE_H - c],
  ];
  return {
    canvas: [
      rect(7, 3.2, RED),
      rect(9.4, 0.6, RED),
      rect(12.2, 1.2, GOLD),
      ...corners.map(([x, y]) => diamond(x, y)),
    ],
  };
}

/** The background as PNG or JPEG bytes (pdfmake reads only those); other images are converted. */
async function backgroundImage(bytes: Buffer): Promise<string> {
  const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const jpeg = bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
  if (png || jpeg) return `data:image/${png ? 'png' : 'jpeg'};base64,${bytes.toString('base64')}`;
  try {
    const converted = await sharp(bytes).png().toBuffer();
    return `data:image/png;base64,${converted.toString('base64')}`;
  } catch {
    throw new DomainError(
      'VALIDATION',
      'Ảnh nền của mẫu giấy khen: không đọc được tệp ảnh (hãy dùng ảnh PNG hoặc JPEG).',
    );
  }
}

/** One PDF with a certificate page per line of the decision, in the order of the attached list. */
export async function renderCertificates(input: CertificatesInput): Promise<Buffer> {
  const { decision, template, background } = input;
  if (decision.items.length === 0) {
    throw new DomainError(
      'VALIDATION',
      'Quyết định chưa có tập thể, cá nhân nào nên không có giấy khen để in.',
    );
  }
  const images: Record<string, string> = background ? { background: await backgroundImage(background) } : {};
  const pages = inListOrder(decision.items).map((item, i): Content => {
    const texts = certificateTexts(input, item);
    return {
      stack: [
        { text: '', ...(i > 0 ? { pageBreak: 'before' as const } : {}) },
        ...pageContents(template.fields, texts),
      ],
    };
  });
  const definition: TDocumentDefinitions = {
    info: {
      title: `${input.form.name} - ${decisionReference(decision)}`,
      creator: 'Vinh Danh',
      producer: 'Vinh Danh',
    },
    language: 'vi-VN',
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: FONT, fontSize: 14, color: '#111111' },
    background: background ? { image: 'background', width: PAGE_W, height: PAGE_H } : drawnBorder(),
    images,
    content: pages,
  };
  pdfmake.addFonts({ [FONT]: { ...TINOS } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  return pdfmake.createPdf(definition).getBuffer();
}
