import type { Actor } from '../../../core/auth/access.ts';
import type { Conference } from '../../../core/conference/types.ts';
import { buildPlanDocument } from '../../../core/documents/plan-document.ts';
import { slugifyVietnamese } from '../../../core/vietnamese/fold.ts';
import type { ServiceContext } from '../../context.ts';
import { renderDocx } from '../../render/docx.ts';
import { renderPdf } from '../../render/pdf.ts';
import { loadReadableConference } from './conferences.service.ts';

export type DocumentFormat = 'docx' | 'pdf';

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface DocumentFile {
  fileName: string;
  /** The same name without diacritics, for clients that ignore `filename*`. */
  asciiName: string;
  contentType: string;
  bytes: Buffer;
}

/** "Kế hoạch 06-KH-UBND - Hội nghị tuyên dương … Bạch Long Vĩ.docx": a name officials can file. */
function planFileName(c: Conference, format: DocumentFormat): string {
  const number = c.plan.documentNumber ? `${c.plan.documentNumber}-${c.plan.documentSymbol}` : 'du-thao';
  return `Kế hoạch ${number.replaceAll('/', '-')} - ${c.name}.${format}`;
}

/** Renders the Kế hoạch of a conference the actor may read. */
export async function renderPlan(conference: Conference, format: DocumentFormat): Promise<Buffer> {
  const doc = buildPlanDocument(conference);
  return format === 'docx' ? renderDocx(doc) : renderPdf(doc);
}

export async function planDocumentFile(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  format: DocumentFormat,
): Promise<DocumentFile> {
  const { conference } = await loadReadableConference(ctx, actor, conferenceId);
  const fileName = planFileName(conference, format);
  return {
    fileName,
    asciiName: `${slugifyVietnamese(fileName.slice(0, -format.length - 1))}.${format}`,
    contentType: CONTENT_TYPES[format],
    bytes: await renderPlan(conference, format),
  };
}
