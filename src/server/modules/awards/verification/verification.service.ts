import { formInForce, latestForm } from '../../../../core/awards/catalogue.ts';
import { occasionSentence } from '../../../../core/awards/period.ts';
import type { CertificateVerification } from '../../../../core/awards/types.ts';
import type { Db } from '../../../db/database.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import { findCertificateLine } from '../decisions/decisions.service.ts';

/** Tokens are 22 base64url characters; anything else is not looked up at all. */
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * What the public verification page of a certificate shows: the name, the form, the achievement as
 * the certificate prints it (the decision's period), the decision and its issuer, the number in the
 * register, and whether it still stands: a reader compares the paper with the page line by line. Nothing else of the person (birth year,
 * position, unit, identity numbers) ever leaves this function. Null for an unknown token or a
 * decision not yet approved.
 */
export async function verifyCertificate(db: Db, token: string): Promise<CertificateVerification | null> {
  if (!TOKEN.test(token)) return null;
  const found = await findCertificateLine(db, token);
  if (found?.decision.state !== 'approved') return null;
  const { decision, item } = found;
  const { forms } = await loadAwardCatalogue(db);
  const form = formInForce(forms, decision.formCode, decision.date) ?? latestForm(forms, decision.formCode);
  return {
    name: item.subject.name,
    formName: form?.name ?? decision.formCode,
    achievement: occasionSentence(decision.period),
    decisionNumber: `${decision.number}/${decision.symbol}`,
    decisionDate: decision.date,
    issuer: decision.issuer,
    registerNumber: item.registerNumber?.trim() || null,
    valid: decision.replacedBy === null,
  };
}
