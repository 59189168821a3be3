import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_AWARD_FORMS, DEFAULT_BASE_SALARIES } from '../../core/awards/catalogue.ts';
import { eligibilityProblems } from '../../core/awards/eligibility.ts';
import { subjectFromNomination, subjectKey } from '../../core/awards/subject.ts';
import type { Nomination } from '../../core/nominations/types.ts';
import { demoAwardsHistory } from './demo-awards-history.ts';
import { DEMO_PROFILES } from './demo-nomination-profiles.ts';
import { type DemoUnitRef, generateDemoNominations, seededRandom } from './demo-nominations.ts';

const units: DemoUnitRef[] = DEMO_PROFILES.map((p, i) => ({
  id: `u${i}`,
  key: `hp/11948/${p.slug}`,
  fullName: `Đơn vị ${p.slug}`,
  typeLabel: 'đơn vị',
}));
const nominations = generateDemoNominations(units, seededRandom(2025)).map(
  (n, i): Nomination & { nominatingUnitName: string } => ({
    ...n,
    id: `n${i}`,
    conferenceId: 'c',
    number: i + 1,
    photoFileId: null,
    submittedAt: null,
    version: 1,
    createdAt: '2025-08-15T00:00:00.000Z',
    updatedAt: '2025-08-15T00:00:00.000Z',
    nominatingUnitName: units.find((u) => u.id === n.nominatingUnitId)?.fullName ?? '',
  }),
);
const catalogue = { forms: DEFAULT_AWARD_FORMS, salaries: DEFAULT_BASE_SALARIES };
const history = demoAwardsHistory(nominations, catalogue, 'blv');

describe('demoAwardsHistory', () => {
  it('gives about 300 records of 2020–2024, the same each time, owned by the given unit', () => {
    assert.ok(history.length >= 300 && history.length <= 400, String(history.length));
    assert.ok(history.every((r) => r.year >= 2020 && r.year <= 2024 && r.ownerUnitId === 'blv'));
    assert.ok(history.every((r) => r.source === 'import' && r.decisionId === null));
    assert.deepEqual(demoAwardsHistory(nominations, catalogue, 'blv'), history);
  });

  it('writes every award a nomination lists, for that nominee (same subject key)', () => {
    for (const n of nominations) {
      const key = subjectKey(subjectFromNomination(n, n.nominatingUnitName));
      const own = history.filter((r) => r.subjectKey === key);
      const years = [...n.awards.matchAll(/năm (\d{4})/gu)].map((m) => Number(m[1]));
      assert.ok(
        years.every((y) => own.some((r) => r.year === y)),
        `${n.name}: ${n.awards}`,
      );
    }
  });

  it('passes the eligibility checks against the rest of the history: CSTĐ cơ sở always has its Lao động tiên tiến', () => {
    const cstd = history.filter((r) => r.formCode === 'chien-si-thi-dua-co-so');
    assert.ok(cstd.length > 20);
    history.forEach((r, i) => {
      const others = history.filter((_, j) => j !== i);
      assert.deepEqual(
        eligibilityProblems({ ...r, forms: DEFAULT_AWARD_FORMS, records: others }),
        [],
        `${r.name} ${r.formCode} ${r.year}`,
      );
    });
  });

  it('pays coefficient × the base salary of the decision date, rounded up to 10.000 đ', () => {
    const ldtt2024 = history.find(
      (r) => r.formCode === 'lao-dong-tien-tien' && r.year === 2024 && r.kind === 'individual',
    );
    assert.equal(ldtt2024?.amount, 710_000);
    const ldtt2021 = history.find((r) => r.formCode === 'lao-dong-tien-tien' && r.year === 2021);
    assert.equal(ldtt2021?.amount, 450_000, '0,3 × 1.490.000 = 447.000 → 450.000');
    const cityAward = history.find(
      (r) => r.formCode === 'bang-khen-thanh-pho' && r.year === 2022 && r.kind === 'individual',
    );
    assert.deepEqual(
      [cityAward?.amount, cityAward?.issuer],
      [1_490_000, 'Chủ tịch UBND thành phố Hải Phòng'],
    );
    const sameBatch = history.filter(
      (r) => r.formCode === 'giay-khen-huyen' && r.year === 2023 && r.issuer.startsWith('Chủ tịch'),
    );
    assert.ok(
      sameBatch.length > 1 && new Set(sameBatch.map((r) => r.decisionNumber)).size === 1,
      'one decision per batch',
    );
  });

  it('holds district Giấy khen (Bạch Long Vĩ was a huyện until 30/6/2025), at 0,3 × the base salary', () => {
    const giayKhen = history.filter((r) => r.formCode.startsWith('giay-khen'));
    assert.ok(giayKhen.length > 10);
    assert.ok(giayKhen.every((r) => r.formCode === 'giay-khen-huyen' && /huyện/u.test(r.issuer)));
    const person2024 = giayKhen.find((r) => r.year === 2024 && r.kind === 'individual');
    assert.equal(person2024?.amount, 710_000, '0,3 × 2.340.000 = 702.000 → 710.000 (December 2024)');
    const person2021 = giayKhen.find((r) => r.year === 2021 && r.kind === 'individual');
    assert.equal(person2021?.amount, 450_000, '0,3 × 1.490.000 = 447.000 → 450.000');
  });
});
