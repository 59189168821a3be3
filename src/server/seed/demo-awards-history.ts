/**
 * Five years of award history (2020–2024) for the Bạch Long Vĩ demo, taken from what the demo
 * nominations write under "Khen thưởng 2020-2025" ("Lao động tiên tiến năm 2022; …"), so that the
 * nominees' pages, the eligibility checks and the statistics have real data. Deterministic.
 */

import { formInForce } from '../../core/awards/catalogue.ts';
import { decisionMoney } from '../../core/awards/money.ts';
import { subjectFromNomination, subjectKey } from '../../core/awards/subject.ts';
import type { AwardForm, BaseSalary } from '../../core/awards/types.ts';
import type { Nomination } from '../../core/nominations/types.ts';
import type { ServiceContext } from '../context.ts';
import { recordChange } from '../modules/audit/index.ts';
import { insertAwardRecords, loadAwardCatalogue, type NewAwardRecord } from '../modules/awards/index.ts';
import { listConferenceNominations } from '../modules/nominations/index.ts';
import { findUnitByKey } from '../modules/units/index.ts';
import { DEMO_TIMELINE, demoInstant } from './demo-timeline.ts';

const DISTRICT = 'Chủ tịch UBND huyện Bạch Long Vĩ';
const CITY = 'Chủ tịch UBND thành phố Hải Phòng';
const MILITARY = 'Chỉ huy trưởng Ban Chỉ huy quân sự huyện Bạch Long Vĩ';

/** What the nominations' award texts name: the form's code, who decided it, and the title as written. */
const WRITTEN: Record<string, { code: string; issuer: string }> = {
  'Lao động tiên tiến': { code: 'lao-dong-tien-tien', issuer: DISTRICT },
  'Chiến sĩ tiên tiến': { code: 'lao-dong-tien-tien', issuer: MILITARY },
  'Chiến sĩ thi đua cơ sở': { code: 'chien-si-thi-dua-co-so', issuer: DISTRICT },
  // Bạch Long Vĩ was a huyện until 30/6/2025: its Giấy khen were of the district level (0,3).
  'Giấy khen UBND huyện': { code: 'giay-khen-huyen', issuer: DISTRICT },
  'Giấy khen của Chỉ huy trưởng': { code: 'giay-khen-huyen', issuer: MILITARY },
  'Tập thể lao động tiên tiến': { code: 'tap-the-lao-dong-tien-tien', issuer: DISTRICT },
  'Đơn vị tiên tiến': { code: 'tap-the-lao-dong-tien-tien', issuer: MILITARY },
  'Tập thể lao động xuất sắc': { code: 'tap-the-lao-dong-xuat-sac', issuer: CITY },
  'Đơn vị quyết thắng': { code: 'tap-the-lao-dong-xuat-sac', issuer: CITY },
  'Bằng khen UBND thành phố': { code: 'bang-khen-thanh-pho', issuer: CITY },
};

/** Which achievement each kind of award was for. */
function achievementOf(written: string, year: number): string {
  if (written.startsWith('Giấy khen') || written.startsWith('Bằng khen'))
    return `Có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}`;
  if (written.includes('xuất sắc') || written.includes('quyết thắng') || written.includes('thi đua'))
    return `Đạt danh hiệu “${written}” năm ${year}: hoàn thành xuất sắc nhiệm vụ`;
  return `Đạt danh hiệu “${written}” năm ${year}: hoàn thành tốt nhiệm vụ`;
}

/** The form's terms on the decision date, or its oldest terms for years before the catalogue starts. */
function formOn(forms: readonly AwardForm[], code: string, isoDate: string): AwardForm | null {
  const oldest = forms
    .filter((f) => f.code === code)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  return formInForce(forms, code, isoDate) ?? oldest ?? null;
}

/**
 * The records of the nominations' award texts, owned by `ownerUnitId`: one per award written, plus the
 * "Lao động tiên tiến" of the same year that every "Chiến sĩ thi đua cơ sở" requires. Decisions are
 * numbered per year, form and issuer; money is coefficient × the base salary of the decision date.
 */
export function demoAwardsHistory(
  nominations: ReadonlyArray<Nomination & { nominatingUnitName: string }>,
  catalogue: { forms: readonly AwardForm[]; salaries: readonly BaseSalary[] },
  ownerUnitId: string,
): NewAwardRecord[] {
  const wanted: Array<{ n: (typeof nominations)[number]; written: string; year: number }> = [];
  for (const n of [...nominations].sort((a, b) => a.number - b.number)) {
    const parts = n.awards
      .split(';')
      .map((p) => /^(.+) năm (\d{4})$/u.exec(p.trim()))
      .flatMap((m) => (m && WRITTEN[m[1]] ? [{ written: m[1], year: Number(m[2]) }] : []));
    for (const p of parts) {
      wanted.push({ n, ...p });
      const basic = /Chiến sĩ tiên tiến|Chỉ huy trưởng/u.test(n.awards)
        ? 'Chiến sĩ tiên tiến'
        : 'Lao động tiên tiến';
      const hasBasic = parts.some(
        (q) => q.year === p.year && WRITTEN[q.written].code === 'lao-dong-tien-tien',
      );
      if (p.written === 'Chiến sĩ thi đua cơ sở' && !hasBasic)
        wanted.push({ n, written: basic, year: p.year });
    }
  }
  const batches = [
    ...new Set(wanted.map((w) => `${w.year}|${WRITTEN[w.written].code}|${WRITTEN[w.written].issuer}`)),
  ]
    .sort()
    .map((key) => key.split('|'));
  const numberOf = new Map<string, { number: string; date: string }>();
  batches.forEach(([year, code, issuer], i) => {
    const symbol = issuer === MILITARY ? 'QĐ-BCH' : 'QĐ-UBND';
    const seq = issuer === CITY ? 3000 + i * 37 : 120 + i * 9;
    const day = 10 + (i % 18);
    numberOf.set(`${year}|${code}|${issuer}`, { number: `${seq}/${symbol}`, date: `${year}-12-${day}` });
  });
  return wanted.map(({ n, written, year }) => {
    const { code, issuer } = WRITTEN[written];
    const decision = numberOf.get(`${year}|${code}|${issuer}`) as { number: string; date: string };
    const subject = subjectFromNomination(n, n.nominatingUnitName);
    const form = formOn(catalogue.forms, code, decision.date);
    let amount: number | null = null;
    try {
      if (form) amount = decisionMoney(form, subject.kind, decision.date, catalogue.salaries).amount;
    } catch {
      amount = null;
    }
    return {
      ...subject,
      subjectKey: subjectKey(subject),
      formCode: code,
      year,
      achievement: achievementOf(written, year),
      decisionNumber: decision.number,
      decisionDate: decision.date,
      issuer,
      amount,
      source: 'import',
      decisionId: null,
      nominationId: null,
      ownerUnitId,
    };
  });
}

/** Loads the demo award history once (as if imported from the unit's old spreadsheets). */
export async function ensureDemoAwardsHistory(ctx: ServiceContext, conferenceId: string): Promise<number> {
  const blv = await findUnitByKey(ctx.db, 'hp/11948');
  if (!blv) throw new Error('Bạch Long Vĩ is missing from the organisation tree');
  const existing = await ctx.db
    .selectFrom('award_records')
    .select('id')
    .where('owner_unit_id', '=', blv.id)
    .where('source', '=', 'import')
    .limit(1)
    .execute();
  if (existing.length > 0) return 0;
  const nominations = await listConferenceNominations(ctx.db, conferenceId);
  const records = demoAwardsHistory(nominations, await loadAwardCatalogue(ctx.db), blv.id);
  const now = demoInstant(DEMO_TIMELINE.nominations);
  await ctx.db.transaction().execute(async (tx) => {
    await insertAwardRecords(tx, records, { now, createdBy: null });
    await recordChange(tx, now, null, {
      action: 'award_record.imported',
      entityType: 'unit',
      entityId: blv.id,
      unitId: blv.id,
      after: { count: records.length, demo: true },
    });
  });
  return records.length;
}
