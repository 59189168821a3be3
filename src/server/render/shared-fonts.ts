/**
 * pdfmake parses each TrueType font again for every document (fontkit, ~30 ms per style with its
 * layout tables). The bundled fonts never change, so the parsed fonts are kept for the whole process
 * and each new document gets its own embedding (subset, widths) of the same parsed font.
 */
import { createRequire } from 'node:module';

interface PdfKitDocument {
  _font: { font: unknown; constructor: EmbeddedFontClass; name?: string };
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize(size: number): unknown;
}
type EmbeddedFontClass = new (doc: PdfKitDocument, font: unknown, id: string) => PdfKitDocument['_font'];
type FontMethod = (this: PdfKitDocument, src: unknown, family?: unknown, size?: number) => PdfKitDocument;

const pdfkit = createRequire(import.meta.url)('pdfkit') as { prototype: { font: FontMethod } };
const parsed = new Map<string, unknown>();
const shared = new Set<string>();
let embedded: EmbeddedFontClass | null = null;
let installed = false;

/** Parse each of these font files once per process (pdfmake still reads the first one normally). */
export function shareParsedFonts(paths: Iterable<string>): void {
  for (const p of paths) shared.add(p);
  if (installed) return;
  installed = true;
  const original = pdfkit.prototype.font;
  pdfkit.prototype.font = function (this: PdfKitDocument, src, family, size) {
    const plain = typeof src === 'string' && shared.has(src) && (family === undefined || family === null);
    if (!plain || this._fontFamilies[src as string]) return original.call(this, src, family, size);
    const font = parsed.get(src as string);
    if (font === undefined || embedded === null) {
      const result = original.call(this, src, family, size);
      parsed.set(src as string, this._font.font);
      embedded = this._font.constructor;
      return result;
    }
    this._fontSource = src;
    this._fontFamily = family;
    if (size != null) this.fontSize(size);
    this._font = new embedded(this, font, `F${++this._fontCount}`);
    this._fontFamilies[src as string] = this._font;
    if (this._font.name && !this._fontFamilies[this._font.name])
      this._fontFamilies[this._font.name] = this._font;
    return this;
  };
}
