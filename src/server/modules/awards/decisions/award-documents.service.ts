/** The downloads of commendation: Tờ trình and Biên bản of a proposal, the Quyết định (Word and PDF). */
import type { Actor } from '../../../../core/auth/access.ts';
import { formInForce, latestForm } from '../../../../core/awards/catalogue.ts';
import { issuerOf } from '../../../../core/awards/decision-defaults.ts';
import { periodPhrase } from '../../../../core/awards/period.ts';
import { submissionReference } from '../../../../core/awards/proposer.ts';
import type { AwardDecision, AwardForm, AwardProposal } from '../../../../core/awards/types.ts';
import type { UnverifiedValue } from '../../../../core/awards/unverified.ts';
import type { AwardIssuer } from '../../../../core/documents/award-decision-document.ts';
import { buildDecisionDocument } from '../../../../core/documents/award-decision-document.ts';
import { buildProposalDocument } from '../../../../core/documents/award-proposal-document.ts';
import { buildCouncilMinutesDocument } from '../../../../core/documents/council-minutes-document.ts';
import type { AdminDocument } from '../../../../core/documents/model.ts';
import { notFoundError } from '../../../../core/errors/domain-error.ts';
import { slugifyVietnamese } from '../../../../core/vietnamese/fold.ts';
import type { ServiceContext } from '../../../context.ts';
import type { Db } from '../../../db/database.ts';
import { renderDocx } from '../../../render/docx.ts';
import { renderPdf } from '../../../render/pdf.ts';
import { findConference } from '../../conferences/index.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import { loadLegalDocuments } from '../legal/legal-documents.service.ts';
import { authorizeProposal } from '../proposals/proposals.service.ts';
import {
  decisionBasisLines,
  decisionUnverified,
  loadUnverifiedSources,
  unconfirmedOfDecision,
} from './decision-unverified.ts';
import { type DecisionRow, findDecision } from './decisions.repo.ts';
import { authorizeDecision } from './decisions.service.ts';

export type DocumentFormat = 'docx' | 'pdf';
export type ProposalDocumentKind = 'submission' | 'minutes';

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface AwardFile {
  fileName: string;
  /** The same name without diacritics, for clients that ignore `filename*`. */
  asciiName: string;
  contentType: string;
  bytes: Buffer;
}

/** A file of `base` ("Tờ trình 15-TTr-UBND - Giấy khen năm 2025") in `format`. */
export function awardFile(base: string, format: DocumentFormat, bytes: Buffer): AwardFile {
  const clean = base.replaceAll('/', '-');
  return {
    fileName: `${clean}.${format}`,
    asciiName: `${slugifyVietnamese(clean)}.${format}`,
    contentType: CONTENT_TYPES[format],
    bytes,
  };
}

async function render(doc: AdminDocument, format: DocumentFormat): Promise<Buffer> {
  return format === 'docx' ? renderDocx(doc) : renderPdf(doc);
}

/** The form as it was on `isoDate` (its name and coefficients then), or its newest version. */
function formOn(forms: readonly AwardForm[], code: string, isoDate: string | null): AwardForm {
  const form = (isoDate ? formInForce(forms, code, isoDate) : null) ?? latestForm(forms, code);
  if (!form) throw new Error(`Form ${code} is not in the catalogue`);
  return form;
}

async function issuerOfConference(
  db: Db,
  conferenceId: string,
  signer?: AwardIssuer['signer'],
): Promise<AwardIssuer> {
  const found = await findConference(db, conferenceId);
  if (!found) throw notFoundError('hội nghị này');
  return issuerOf(found.conference, signer);
}

/** GET /api/award-proposals/:id/submission.docx (Tờ trình) or minutes.docx (Biên bản), and PDF. */
export async function proposalDocumentFile(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  kind: ProposalDocumentKind,
  format: DocumentFormat,
): Promise<AwardFile> {
  const row = await authorizeProposal(ctx, actor, id, 'conference.read');
  const { unitPath: _path, ...proposal } = row;
  const { forms } = await loadAwardCatalogue(ctx.db);
  const form = formOn(forms, proposal.formCode, proposal.submissionDate);
  const found = await findConference(ctx.db, proposal.conferenceId);
  if (!found) throw notFoundError('hội nghị này');
  const input = {
    proposal: proposal as AwardProposal,
    form,
    issuer: issuerOf(found.conference),
    plan: found.conference.plan,
    legalDocuments: await loadLegalDocuments(ctx.db),
  };
  const doc = kind === 'submission' ? buildProposalDocument(input) : buildCouncilMinutesDocument(input);
  const period = periodPhrase(proposal.period);
  const base =
    kind === 'submission'
      ? `Tờ trình ${submissionReference(proposal.submissionNumber, proposal.proposer) || 'dự thảo'} - ${form.name} ${period}`
      : `Biên bản họp Hội đồng Thi đua - Khen thưởng - ${form.name} ${period}`;
  return awardFile(base, format, await render(doc, format));
}

/** Everything the decision's documents and certificates are made from. */
export interface DecisionForDocuments {
  decision: AwardDecision;
  form: AwardForm;
  issuer: AwardIssuer;
  /** "Quyết định 125-QĐ-UBND - Giấy khen năm 2025" (or "… dự thảo …"), for file names. */
  baseName: string;
  /** Unverified values not confirmed at approval: the documents mark them "giá trị cần kiểm tra". */
  unconfirmed: UnverifiedValue[];
}

function decisionBaseName(d: Pick<AwardDecision, 'number' | 'symbol' | 'year'>, form: AwardForm): string {
  const number = d.number.trim() ? `${d.number.trim()}-${d.symbol}` : 'dự thảo';
  return `Quyết định ${number} - ${form.name} năm ${d.year}`;
}

function plainDecision(row: DecisionRow): AwardDecision {
  const { unitPath: _path, issuer: _issuer, replaces: _replaces, ...decision } = row;
  return decision;
}

/**
 * A decision with its form (as on the decision date) and its issuer (the conference's plan, signed as
 * the decision says), without any permission check: for the services that did the check (and benchmarks).
 */
export async function loadDecisionForDocuments(db: Db, decisionId: string): Promise<DecisionForDocuments> {
  const row = await findDecision(db, decisionId);
  if (!row) throw notFoundError('quyết định khen thưởng này');
  return decisionForDocuments(db, row);
}

async function decisionForDocuments(db: Db, row: DecisionRow): Promise<DecisionForDocuments> {
  const catalogue = await loadUnverifiedSources(db, row.unitId);
  const form = formOn(catalogue.forms, row.formCode, row.date);
  const unconfirmed = unconfirmedOfDecision(row, decisionUnverified(row, catalogue));
  const issuer = await issuerOfConference(db, row.conferenceId, {
    prefix: row.signingPrefix,
    title: row.signerTitle,
    name: row.signerName,
  });
  // A decision stored without căn cứ prints those of its date, from the legal table as saved.
  const decision = { ...plainDecision(row), bases: decisionBasisLines(row, catalogue) };
  return { decision, form, issuer, baseName: decisionBaseName(row, form), unconfirmed };
}

/** The decision the actor may read, ready for its documents. */
export async function readableDecisionForDocuments(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<DecisionForDocuments> {
  return decisionForDocuments(ctx.db, await authorizeDecision(ctx, actor, id, 'conference.read'));
}

/** The Quyết định khen thưởng with its attached list, as Word or PDF. */
export async function renderDecisionFile(
  input: Pick<DecisionForDocuments, 'decision' | 'form' | 'issuer'> &
    Partial<Pick<DecisionForDocuments, 'unconfirmed'>>,
  format: DocumentFormat,
): Promise<Buffer> {
  return render(buildDecisionDocument(input), format);
}

/**
 * The Quyết định of a decision the actor may read, as Word or PDF: the download
 * GET /api/award-decisions/:id/decision.docx (and .pdf) and `vinhdanh doc decision` both call this.
 */
export async function decisionDocumentFile(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  format: DocumentFormat,
): Promise<AwardFile> {
  const { decision, form, issuer, baseName, unconfirmed } = await readableDecisionForDocuments(
    ctx,
    actor,
    id,
  );
  return awardFile(
    baseName,
    format,
    await renderDecisionFile({ decision, form, issuer, unconfirmed }, format),
  );
}
