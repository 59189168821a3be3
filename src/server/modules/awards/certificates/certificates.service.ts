import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Actor } from '../../../../core/auth/access.ts';
import type { CertificateTemplate } from '../../../../core/awards/types.ts';
import { conflictError, DomainError, notFoundError } from '../../../../core/errors/domain-error.ts';
import type {
  CertificateTemplateView,
  UpdateCertificateTemplateBody,
} from '../../../../shared/api/award-decisions.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import type { Db } from '../../../db/database.ts';
import { DEFAULT_CERTIFICATE_TEMPLATE, renderCertificates } from '../../../render/certificates.ts';
import { recordChange } from '../../audit/index.ts';
import { findFileMeta, insertFile, readFileData } from '../../files/index.ts';
import { certificateBaseUrl } from '../../settings/index.ts';
import { authorizeUnit, type UnitRow } from '../../units/index.ts';
import {
  type AwardFile,
  awardFile,
  readableDecisionForDocuments,
} from '../decisions/award-documents.service.ts';
import { findCertificateTemplate, saveCertificateTemplateIfVersion } from './certificates.repo.ts';

/**
 * Certificates (Giấy khen, Bằng chứng nhận): each unit's A4-landscape template (positioned fields and
 * an optional background image), and the PDF of a decision's certificates, one page per line, each
 * with the QR code of its public verification page.
 */

const _UNIT = 'đơn vị này';
const TEMPLATE = 'Mẫu giấy khen';
export const BACKGROUND_PURPOSE = 'certificate_background';
/** A4 landscape at 300 dpi: enough for print, small enough to embed 150 times by reference. */
const BACKGROUND_MAX_PX = { width: 3508, height: 2480 };

/** The unit's own template, or the built-in one (version 0) when it has none. */
export async function templateOfUnit(db: Db, unitId: string): Promise<CertificateTemplateView> {
  const stored = await findCertificateTemplate(db, unitId);
  if (stored) return stored;
  return { unitId, ...structuredClone(DEFAULT_CERTIFICATE_TEMPLATE), version: 0 };
}

/** The template and its background image, as the certificate renderer takes them. */
export async function certificateLayout(
  db: Db,
  unitId: string,
): Promise<{ template: CertificateTemplate; background: Buffer | null }> {
  const { unitId: _unit, ...template } = await templateOfUnit(db, unitId);
  const background = template.backgroundFileId ? await readFileData(db, template.backgroundFileId) : null;
  return { template, background };
}

/** GET /api/units/:id/certificate-template. */
export async function getCertificateTemplate(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
): Promise<CertificateTemplateView> {
  await authorizeUnit(ctx.db, actor, unitId, 'conference.read');
  return templateOfUnit(ctx.db, unitId);
}

async function saveTemplate(
  ctx: ServiceContext,
  actor: Actor,
  unit: UnitRow,
  next: { fields: CertificateTemplateView['fields']; backgroundFileId: string | null },
  version: number,
  meta: RequestMeta,
  action: string,
): Promise<CertificateTemplateView> {
  const before = await templateOfUnit(ctx.db, unit.id);
  if (before.version !== version) throw conflictError(TEMPLATE);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    const saved = await saveCertificateTemplateIfVersion(tx, { unitId: unit.id, ...next }, version, {
      now,
      userId: actor.userId || null,
    });
    if (!saved) throw conflictError(TEMPLATE);
    await recordChange(
      tx,
      now,
      actor,
      {
        action,
        entityType: 'certificate_template',
        entityId: unit.id,
        unitId: unit.id,
        before: { fields: before.fields, backgroundFileId: before.backgroundFileId },
        after: next,
      },
      meta.ip,
    );
  });
  return templateOfUnit(ctx.db, unit.id);
}

/** PUT /api/units/:id/certificate-template: fields and the background (a file uploaded for this unit, or none). */
export async function updateCertificateTemplate(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  body: UpdateCertificateTemplateBody,
  meta: RequestMeta,
): Promise<CertificateTemplateView> {
  const unit = await authorizeUnit(ctx.db, actor, unitId, 'template.manage');
  const keys = body.fields.map((f) => f.key);
  const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (twice.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Mẫu giấy khen có trường bị lặp: ${[...new Set(twice)].join(', ')}.`,
      [{ path: 'fields', message: 'Các trường của mẫu: mỗi trường chỉ được đặt một lần' }],
    );
  }
  if (body.backgroundFileId) {
    const file = await findFileMeta(ctx.db, body.backgroundFileId);
    if (!file || file.purpose !== BACKGROUND_PURPOSE || file.ownerUnitId !== unit.id) {
      throw new DomainError(
        'VALIDATION',
        'Ảnh nền không phải ảnh đã tải lên cho mẫu giấy khen của đơn vị này.',
        [{ path: 'backgroundFileId', message: 'Ảnh nền: không thuộc mẫu giấy khen của đơn vị này' }],
      );
    }
  }
  return saveTemplate(
    ctx,
    actor,
    unit,
    { fields: body.fields, backgroundFileId: body.backgroundFileId },
    body.version,
    meta,
    'certificate_template.updated',
  );
}

/** An uploaded background as JPEG, fitted inside A4 landscape at 300 dpi; anything but an image is refused. */
async function prepareBackground(data: Buffer): Promise<Buffer> {
  const refused = () =>
    new DomainError('VALIDATION', 'Ảnh nền phải là tệp ảnh JPG hoặc PNG.', [
      { path: 'file', message: 'Ảnh nền: không phải tệp ảnh JPG hoặc PNG' },
    ]);
  let format: string | undefined;
  try {
    format = (await sharp(data).metadata()).format;
  } catch {
    throw refused();
  }
  if (format !== 'jpeg' && format !== 'png') throw refused();
  return sharp(data)
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize(BACKGROUND_MAX_PX.width, BACKGROUND_MAX_PX.height, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** POST /api/units/:id/certificate-template/background: stores the image and puts it on the template. */
export async function uploadCertificateBackground(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  upload: { data: Buffer; fileName: string; fields: Record<string, string> },
  meta: RequestMeta,
): Promise<CertificateTemplateView> {
  const unit = await authorizeUnit(ctx.db, actor, unitId, 'template.manage');
  const current = await templateOfUnit(ctx.db, unit.id);
  const version = upload.fields.version === undefined ? current.version : Number(upload.fields.version);
  if (!Number.isInteger(version) || version !== current.version) throw conflictError(TEMPLATE);
  const data = await prepareBackground(upload.data);
  const fileId = randomUUID();
  await insertFile(ctx.db, {
    id: fileId,
    purpose: BACKGROUND_PURPOSE,
    ownerUnitId: unit.id,
    contentType: 'image/jpeg',
    fileName: 'anh-nen-giay-khen.jpg',
    data,
    createdBy: actor.userId || null,
    now: ctx.now(),
  });
  return saveTemplate(
    ctx,
    actor,
    unit,
    { fields: current.fields, backgroundFileId: fileId },
    version,
    meta,
    'certificate_template.background_uploaded',
  );
}

/** GET /api/units/:id/certificate-template/background: the image, for the template designer. */
export async function certificateBackground(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
): Promise<{ contentType: string; bytes: Buffer }> {
  await authorizeUnit(ctx.db, actor, unitId, 'conference.read');
  const { backgroundFileId } = await templateOfUnit(ctx.db, unitId);
  const bytes = backgroundFileId ? await readFileData(ctx.db, backgroundFileId) : null;
  if (!bytes) throw notFoundError('ảnh nền của mẫu giấy khen');
  return { contentType: 'image/jpeg', bytes };
}

/**
 * GET /api/award-decisions/:id/certificates.pdf and `vinhdanh doc certificates`: one page per line of an
 * approved decision, with the unit's template. A draft has no certificates yet: its QR codes would lead
 * nowhere; nor does a certificate printed while the public address is unset or this machine's.
 * `baseUrl` (`--base-url`) overrides the public address.
 */
export async function certificatesFile(
  ctx: ServiceContext,
  actor: Actor,
  decisionId: string,
  baseUrl?: string,
): Promise<AwardFile> {
  const { decision, form, issuer } = await readableDecisionForDocuments(ctx, actor, decisionId);
  if (decision.state !== 'approved') {
    throw new DomainError(
      'INVALID_STATE',
      'Chỉ in giấy khen khi quyết định đã được phê duyệt: mã QR của dự thảo chưa xác thực được.',
    );
  }
  const verifyBaseUrl = await certificateBaseUrl(ctx, baseUrl);
  const { template, background } = await certificateLayout(ctx.db, decision.unitId);
  const bytes = await renderCertificates({ decision, form, template, background, issuer, verifyBaseUrl });
  return awardFile(`${form.name} theo Quyết định ${decision.number}-${decision.symbol}`, 'pdf', bytes);
}
