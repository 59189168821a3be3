/**
 * The căn cứ a decision (or a Tờ trình) prints that nobody has checked against the official text: the
 * fields of a law or decree the legal table marks "cần kiểm tra" (`LegalDocument.unverified`) that the
 * citation prints — its number, its date, its name or trích yếu — for the documents chosen for the
 * document's date, form and level (`chooseLegalBases`) whose citation its lines still hold as the table
 * writes it. A line someone rewrote by hand no longer holds that citation: it is theirs, and not named.
 */

import { formatShortDate } from '../vietnamese/dates.ts';
import {
  type BasisQuery,
  chooseLegalBases,
  fullCitation,
  type LegalDocument,
  type LegalField,
  legalBasisLines,
  shortCitation,
} from './legal-bases.ts';
import { UNVERIFIED_MARK, type UnverifiedValue } from './unverified.ts';

/** The fields a citation prints, in the order the mark names them. */
const PRINTED_FIELDS: readonly LegalField[] = ['number', 'issuedOn', 'title'];

const oneSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, hex): keys stay short for a long trích yếu. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** "số hiệu", "ngày ban hành", "trích yếu" (a decree) or "tên" (a law): how the mark names a field. */
function fieldWord(doc: Pick<LegalDocument, 'kind'>, field: LegalField): string {
  if (field === 'number') return 'số hiệu';
  if (field === 'issuedOn') return 'ngày ban hành';
  return doc.kind === 'luat' ? 'tên' : 'trích yếu';
}

/**
 * "Ngày ban hành 16/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
 * "Trích yếu “quy định chi tiết …” của Nghị định số 152/2025/NĐ-CP", "Tên “…” của Luật số 47/2019/QH14",
 * "Số hiệu 77/2015/QH13 của Luật Tổ chức chính quyền địa phương".
 */
export function basisValueLabel(doc: LegalDocument, field: LegalField): string {
  const law = doc.kind === 'luat';
  if (field === 'issuedOn') return `Ngày ban hành ${formatShortDate(doc.issuedOn)} của ${shortCitation(doc)}`;
  if (field === 'title') {
    return law
      ? `Tên “${doc.title}” của Luật số ${doc.number}`
      : `Trích yếu “${doc.title}” của Nghị định số ${doc.number}`;
  }
  return `Số hiệu ${doc.number} của ${law ? `Luật ${doc.title}` : `Nghị định ngày ${formatShortDate(doc.issuedOn)}`}`;
}

/**
 * What a confirmation names: the document, the field and its value as the table holds it now, so that
 * a value an administrator corrects after a confirmation needs a new one
 * ("legal-basis:luat-tccqdp-72-2025:issuedOn:2025-06-16", a trích yếu by its fingerprint).
 */
export function basisValueKey(doc: LegalDocument, field: LegalField): string {
  const value =
    field === 'issuedOn' ? doc.issuedOn : field === 'number' ? doc.number : fingerprint(doc.title);
  return `legal-basis:${doc.code}:${field}:${value}`;
}

/**
 * The lines a decision prints as căn cứ: its own, or, when it holds none, the laws and decrees chosen
 * for its date, form and level.
 */
export function printedBasisLines(
  bases: readonly string[],
  query: BasisQuery,
  documents?: readonly LegalDocument[],
): string[] {
  const own = bases.filter((l) => l.trim() !== '');
  return own.length > 0 ? [...own] : legalBasisLines(query, documents);
}

/**
 * The unconfirmed căn cứ values of a document that prints `lines`, chosen for `query` from `documents`:
 * one per document and printed field, in the order the lines cite them (each document's number, date,
 * then name or trích yếu).
 */
export function unverifiedBasisValues(input: {
  query: BasisQuery;
  lines: readonly string[];
  documents?: readonly LegalDocument[];
}): UnverifiedValue[] {
  const text = input.lines.map(oneSpace);
  const chosen = chooseLegalBases(input.query, input.documents).bases.flatMap((b) => [
    b.document,
    ...b.amendments,
  ]);
  const values: UnverifiedValue[] = [];
  for (const doc of chosen) {
    const citation = oneSpace(fullCitation(doc));
    if (!text.some((line) => line.includes(citation))) continue;
    for (const field of PRINTED_FIELDS.filter((f) => doc.unverified.includes(f))) {
      values.push({
        key: basisValueKey(doc, field),
        kind: 'legal-basis',
        label: basisValueLabel(doc, field),
        legalBasis: doc.source,
        citation,
        field,
      });
    }
  }
  return values;
}

/**
 * The lines with each unconfirmed citation marked right after it, naming its fields:
 * "Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định … Bộ Nội vụ
 * (ngày ban hành, trích yếu – giá trị cần kiểm tra)". Values of other kinds are ignored.
 */
export function markUnverifiedBases(
  lines: readonly string[],
  values: readonly Pick<UnverifiedValue, 'kind' | 'citation' | 'field'>[],
): string[] {
  const byCitation = new Map<string, LegalField[]>();
  for (const v of values) {
    if (v.kind !== 'legal-basis' || !v.citation || !v.field) continue;
    byCitation.set(v.citation, [...(byCitation.get(v.citation) ?? []), v.field]);
  }
  if (byCitation.size === 0) return [...lines];
  return lines.map((raw) => {
    let line = oneSpace(raw);
    if (line === '') return raw;
    for (const [citation, fields] of byCitation) {
      const at = line.indexOf(citation);
      if (at < 0) continue;
      const kind = citation.startsWith('Luật ') ? 'luat' : 'nghi-dinh';
      const words = PRINTED_FIELDS.filter((f) => fields.includes(f)).map((f) => fieldWord({ kind }, f));
      const end = at + citation.length;
      line = `${line.slice(0, end)} (${words.join(', ')} – ${UNVERIFIED_MARK})${line.slice(end)}`;
    }
    return line;
  });
}
