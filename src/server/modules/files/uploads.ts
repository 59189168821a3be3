import sharp from 'sharp';
import { DomainError } from '../../../core/errors/domain-error.ts';

/** Portraits are stored at most this wide/high, as JPEG. */
export const PORTRAIT_MAX_PX = 600;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function sniff(data: Buffer): 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'docx' | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'webp';
  if (data.subarray(0, 4).toString('latin1') === 'GIF8') return 'gif';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && data.includes('word/'))
    return 'docx';
  return null;
}

/**
 * A portrait photo resized to fit 600×600 and re-encoded as JPEG (which also drops its metadata).
 * Anything that is not an image is refused by its content, whatever its name says.
 */
export async function preparePortrait(data: Buffer): Promise<{ data: Buffer; contentType: string }> {
  const kind = sniff(data);
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp' && kind !== 'gif') {
    throw new DomainError('VALIDATION', 'Ảnh chân dung phải là tệp ảnh (JPG, PNG, WebP hoặc GIF).', [
      { path: 'file', message: 'Ảnh chân dung: không phải tệp ảnh' },
    ]);
  }
  try {
    const out = await sharp(data)
      .rotate()
      .resize(PORTRAIT_MAX_PX, PORTRAIT_MAX_PX, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer();
    return { data: out, contentType: 'image/jpeg' };
  } catch {
    throw new DomainError('VALIDATION', 'Không đọc được ảnh; tệp có thể bị hỏng.', [
      { path: 'file', message: 'Ảnh chân dung: tệp ảnh bị hỏng' },
    ]);
  }
}

const MINUTES_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpeg: 'image/jpeg',
  png: 'image/png',
} as const;

/** The minutes of the grassroots vote: PDF, DOCX or a photo of the signed paper. */
export function checkMinutes(data: Buffer): { contentType: string; extension: string } {
  const kind = sniff(data);
  if (kind === 'pdf' || kind === 'docx' || kind === 'jpeg' || kind === 'png') {
    return { contentType: MINUTES_TYPES[kind], extension: kind === 'jpeg' ? 'jpg' : kind };
  }
  throw new DomainError('VALIDATION', 'Biên bản bình xét phải là tệp PDF, DOCX hoặc ảnh (JPG, PNG).', [
    { path: 'file', message: 'Biên bản: chỉ nhận PDF, DOCX, JPG hoặc PNG' },
  ]);
}
