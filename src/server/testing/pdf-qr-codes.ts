import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsqr from 'jsqr';
import sharp from 'sharp';
import { makeTempDir } from './cli-process.ts';

/**
 * What the QR code of each page of a certificates PDF says, as a phone would read it: every page is
 * rasterised by poppler at 150 dpi (the bottom-left part of A4 landscape, where templates put the code)
 * and decoded with jsQR; null for a page whose code does not decode. `pages` limits it to a range.
 */
export async function qrCodesOfPdf(
  pdf: Buffer,
  pages: { first: number; last: number } | null = null,
): Promise<Array<string | null>> {
  const dir = makeTempDir('qr');
  try {
    const file = path.join(dir, 'giay-khen.pdf');
    fs.writeFileSync(file, pdf);
    // A4 landscape at 150 dpi is 1754 × 1240 px: the left 60 % and the lower 45 %.
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    execFileSync('pdftoppm', [
      ...range,
      '-r',
      '150',
      '-png',
      '-x',
      '0',
      '-y',
      '680',
      '-W',
      '1050',
      '-H',
      '560',
      file,
      path.join(dir, 'trang'),
    ]);
    const images = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]));
    const codes: Array<string | null> = [];
    for (const page of images) {
      const { data, info } = await sharp(path.join(dir, page))
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const code = jsqr.default(
        new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
        info.width,
        info.height,
        { inversionAttempts: 'dontInvert' },
      );
      codes.push(code?.data ?? null);
    }
    return codes;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
