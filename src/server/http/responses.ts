/**
 * What routes answer besides their own data: the error responses every route documents, and files
 * sent as downloads. Services return a `DownloadFile` (bytes, name, type); only routes touch `reply`.
 */
import type { FastifyReply } from 'fastify';
import { slugifyVietnamese } from '../../core/vietnamese/fold.ts';
import { errorResponseSchema } from '../../shared/api/common.ts';

/** The errors any route of a signed-in user may answer with: `{ error: { code, message, fields? } }`. */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** `errorResponses` plus 409, for routes that check a version or the state of a record. */
export const errorResponsesWithConflict = { ...errorResponses, 409: errorResponseSchema };

/** A file a use case made, ready to be written to disk or sent to a browser. */
export interface DownloadFile {
  /** The Vietnamese name: "Quyết định 125-QĐ-UBND - Giấy khen năm 2025.docx". */
  fileName: string;
  /** A plain-ASCII name for clients that ignore `filename*`; derived from `fileName` when absent. */
  asciiName?: string;
  contentType: string;
  bytes: Buffer | Uint8Array;
}

/** "Danh sách đề cử.xlsx" → "danh-sach-de-cu.xlsx": the name folded to a slug, the extension kept. */
export function asciiFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? slugifyVietnamese(fileName.slice(dot + 1)) : '';
  const slug = slugifyVietnamese(base) || 'tep';
  return ext ? `${slug}.${ext}` : slug;
}

/** Percent-encoding of RFC 8187: encodeURIComponent leaves ' ( ) * unencoded, which the header may not hold. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The Content-Disposition of a file: an ASCII `filename` every browser reads, then the Vietnamese name
 * as `filename*=UTF-8''…`, which browsers that know it prefer:
 * `attachment; filename="danh-sach-de-cu.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%E1%BB%81%20c%E1%BB%AD.xlsx`.
 */
export function contentDisposition(
  file: Pick<DownloadFile, 'fileName' | 'asciiName'>,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = (file.asciiName ?? asciiFileName(file.fileName)).replace(/[^\x20-\x7e]|["\\]/g, '-');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(file.fileName)}`;
}

/**
 * Sends a file: as a download (`attachment`, the default) or to be shown in the page (`inline`),
 * optionally cached by the browser for `maxAgeSeconds`.
 */
export function sendDownload(
  reply: FastifyReply,
  file: DownloadFile,
  options: { inline?: boolean; maxAgeSeconds?: number } = {},
): FastifyReply {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file, options.inline ? 'inline' : 'attachment'));
  if (options.maxAgeSeconds !== undefined) {
    reply.header('cache-control', `private, max-age=${options.maxAgeSeconds}`);
  }
  return reply.send(file.bytes);
}
