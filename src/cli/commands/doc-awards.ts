import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../../core/auth/access.ts';
import { UNVERIFIED_MARK } from '../../core/awards/unverified.ts';
import { decisionReference } from '../../core/documents/award-decision-document.ts';
import { DomainError } from '../../core/errors/domain-error.ts';
import { normalizePublicAddress, publicAddressProblem } from '../../core/settings/public-address.ts';
import { formatNumberVi } from '../../core/vietnamese/money.ts';
import type { ServiceContext } from '../../server/context.ts';
import {
  certificatesFile,
  decisionDocumentFile,
  getDecision,
  listConferenceDecisions,
} from '../../server/modules/awards/index.ts';
import { listConferenceSummaries } from '../../server/modules/conferences/index.ts';
import type { DecisionSummary, DecisionView } from '../../shared/api/award-decisions.ts';
import { CliError } from '../cli-error.ts';
import { commandLineActor, openData, resolvePath } from '../open-data.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function describe(d: DecisionSummary): string {
  const state = d.state === 'approved' ? (d.replacedBy ? 'đã bị thay thế' : 'đã phê duyệt') : 'dự thảo';
  return `${d.id}  ${decisionReference(d)} (${d.itemCount} dòng, ${state})`;
}

/** Every decision the data holds, one line each, to pick an id from. */
async function decisionList(ctx: ServiceContext, actor: Actor): Promise<string> {
  const lines: string[] = [];
  for (const c of await listConferenceSummaries(ctx, actor)) {
    for (const d of await listConferenceDecisions(ctx, actor, c.id)) {
      lines.push(`  ${describe(d)} — ${c.unitName}`);
    }
  }
  return lines.length > 0
    ? `Các quyết định khen thưởng hiện có:\n${lines.join('\n')}`
    : 'Chưa có quyết định khen thưởng nào.';
}

/** The decision of --decision, as the web shows it; a missing or unknown id lists the decisions there are. */
async function loadDecision(
  ctx: ServiceContext,
  actor: Actor,
  id: string | undefined,
): Promise<DecisionView> {
  if (!id) throw new CliError(`Thiếu --decision MÃ.\n${await decisionList(ctx, actor)}`);
  try {
    if (UUID.test(id)) return await getDecision(ctx, actor, id);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
  }
  throw new CliError(`Không có quyết định khen thưởng mã ${id}.\n${await decisionList(ctx, actor)}`);
}

/**
 * The warning of a decision that uses values marked "cần kiểm tra", on stderr (the web shows the same
 * sentences): each value, and whether its approval confirmed it or the document still marks it.
 */
export function unverifiedWarning(decision: DecisionView): string | null {
  if (decision.unverified.length === 0) return null;
  const confirmation = decision.unverifiedConfirmation;
  const confirmed = new Set(
    decision.state === 'approved' ? (confirmation?.values ?? []).map((v) => v.key) : [],
  );
  const lines = decision.unverified.map((v) =>
    confirmed.has(v.key)
      ? `  - ${v.text} Đã được ${confirmation?.confirmedByName} xác nhận khi phê duyệt.`
      : `  - ${v.text} Văn bản ghi “${UNVERIFIED_MARK}” bên cạnh giá trị này cho đến khi người phê duyệt xác nhận.`,
  );
  const allConfirmed = decision.unverified.every((v) => confirmed.has(v.key));
  return `${allConfirmed ? 'Lưu ý' : 'Cảnh báo'}: ${decisionReference(decision)} dùng giá trị chưa được kiểm tra với văn bản gốc:\n${lines.join('\n')}`;
}

function warnUnverified(decision: DecisionView): void {
  const warning = unverifiedWarning(decision);
  if (warning) console.error(warning);
}

function outputFile(out: string | undefined, allowed: string[]): { file: string; ext: string } {
  const usage = allowed.map((e) => `TỆP${e}`).join(' hoặc ');
  if (!out) throw new CliError(`Thiếu --out ${usage}.`);
  const ext = path.extname(out).toLowerCase();
  if (!allowed.includes(ext)) throw new CliError(`Tệp --out phải có đuôi ${allowed.join(' hoặc ')}.`);
  return { file: resolvePath(out), ext };
}

/** `vinhdanh doc decision --decision ID --out FILE.docx|FILE.pdf`: the format follows the extension. */
export async function docDecisionCommand(opts: {
  data?: string;
  decision?: string;
  out?: string;
}): Promise<void> {
  const { file, ext } = outputFile(opts.out, ['.docx', '.pdf']);
  const { handle, ctx } = await openData(opts.data);
  try {
    const actor = await commandLineActor(ctx);
    const decision = await loadDecision(ctx, actor, opts.decision);
    const { bytes } = await decisionDocumentFile(ctx, actor, decision.id, ext === '.docx' ? 'docx' : 'pdf');
    fs.writeFileSync(file, bytes);
    console.log(
      `Đã ghi ${decisionReference(decision)} (${decision.items.length} dòng, tổng ${formatNumberVi(decision.total)} đồng; ${ext.slice(1).toUpperCase()}, ${bytes.length} byte) vào ${file}`,
    );
    warnUnverified(decision);
  } finally {
    await handle.close();
  }
}

/**
 * `vinhdanh doc certificates --decision ID --out FILE.pdf [--base-url URL]`: every certificate of an
 * approved decision, one page each, with the unit's template. The QR codes lead to
 * <URL>/xac-thuc/<token>: --base-url, else the installation's public address (VINHDANH_PUBLIC_URL or
 * Cài đặt); without one the command refuses, naming the setting.
 */
export async function docCertificatesCommand(opts: {
  data?: string;
  decision?: string;
  out?: string;
  baseUrl?: string;
}): Promise<void> {
  const { file } = outputFile(opts.out, ['.pdf']);
  const baseUrl = opts.baseUrl === undefined ? undefined : normalizePublicAddress(opts.baseUrl);
  const problem = baseUrl === undefined ? null : publicAddressProblem(baseUrl);
  if (problem) throw new CliError(`--base-url ${problem}.`);
  const { handle, ctx } = await openData(opts.data);
  try {
    const actor = await commandLineActor(ctx);
    const decision = await loadDecision(ctx, actor, opts.decision);
    const { bytes } = await certificatesFile(ctx, actor, decision.id, baseUrl);
    fs.writeFileSync(file, bytes);
    console.log(
      `Đã ghi ${decision.items.length} ${decision.formName.toLocaleLowerCase('vi')} (PDF, ${bytes.length} byte) vào ${file}`,
    );
    warnUnverified(decision);
  } finally {
    await handle.close();
  }
}
