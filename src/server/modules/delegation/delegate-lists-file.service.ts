import type { Actor } from '../../../core/auth/access.ts';
import type { ServiceContext } from '../../context.ts';
import { loadList } from './delegate-lists.service.ts';
import {
  DELEGATE_LIST_CONTENT_TYPES,
  type DelegateListFormat,
  delegateListFileName,
  renderDelegateListDocx,
  renderDelegateListPdf,
  renderDelegateListXlsx,
} from './list-export.ts';

/** The downloads of an approved delegate list: Excel, Word and PDF. */

const RENDER = { xlsx: renderDelegateListXlsx, docx: renderDelegateListDocx, pdf: renderDelegateListPdf };

export interface ListFile {
  /** "Danh sách đại biểu lần 2 - Hội nghị tuyên dương … Bạch Long Vĩ.xlsx". */
  fileName: string;
  /** "Danh-sach-dai-bieu-lan-2-hoi-nghi-….xlsx", for clients that ignore `filename*`. */
  asciiName: string;
  contentType: string;
  bytes: Buffer;
}

/** One approved version of the list, rendered, for someone who may read the conference. */
export async function delegateListFile(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  number: number,
  format: DelegateListFormat,
): Promise<ListFile> {
  const { found, list, labelValue } = await loadList(ctx, actor, conferenceId, number);
  const { fileName, asciiName } = delegateListFileName(found.conference, list, format);
  return {
    fileName,
    asciiName: asciiName.replace(/^danh-sach-dai-bieu/u, 'Danh-sach-dai-bieu'),
    contentType: DELEGATE_LIST_CONTENT_TYPES[format],
    bytes: await RENDER[format]({ conference: found.conference, list, labelValue }),
  };
}
