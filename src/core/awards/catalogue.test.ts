import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AWARD_FORM_CODES,
  currentForms,
  DEFAULT_AWARD_FORMS,
  DEFAULT_BASE_SALARIES,
  formAcceptsKind,
  formInForce,
  formNotInForceMessage,
  latestForm,
} from './catalogue.ts';

const on = (code: string, date: string) => formInForce(DEFAULT_AWARD_FORMS, code, date);

describe('the built-in catalogue', () => {
  it('has every stable code the CLI and imports rely on, in force on 20/8/2025', () => {
    for (const code of [
      'giay-khen',
      'lao-dong-tien-tien',
      'chien-si-thi-dua-co-so',
      'tap-the-lao-dong-tien-tien',
      'tap-the-lao-dong-xuat-sac',
      'bang-khen-thanh-pho',
      'chien-si-thi-dua-thanh-pho',
      'gia-dinh-van-hoa',
      'thon-to-dan-pho-van-hoa',
      'co-thi-dua-thanh-pho',
      'bang-khen-thu-tuong',
      'chien-si-thi-dua-toan-quoc',
      'huan-chuong-lao-dong-hang-ba',
      'xa-phuong-dac-khu-tieu-bieu',
    ]) {
      assert.ok(AWARD_FORM_CODES.includes(code as never), code);
      assert.ok(on(code, '2025-08-20'), code);
    }
  });

  it('from 1/7/2025 the commune chairman confers exactly the six forms of Điều 80 and NĐ 129/2025', () => {
    const byCommune = currentForms(DEFAULT_AWARD_FORMS)
      .filter((f) => f.conferredByCommune)
      .map((f) => f.code)
      .sort();
    assert.deepEqual(byCommune, [
      'chien-si-thi-dua-co-so',
      'gia-dinh-van-hoa',
      'giay-khen',
      'lao-dong-tien-tien',
      'tap-the-lao-dong-tien-tien',
      'thon-to-dan-pho-van-hoa',
    ]);
  });

  it('before 1/7/2025 the district chairman conferred CSTĐ cơ sở, TTLĐTT and thôn văn hóa', () => {
    assert.equal(on('chien-si-thi-dua-co-so', '2024-12-31')?.conferredByCommune, false);
    assert.equal(on('tap-the-lao-dong-tien-tien', '2024-12-31')?.conferredByCommune, false);
    assert.equal(on('thon-to-dan-pho-van-hoa', '2024-12-31')?.conferredByCommune, false);
    assert.equal(on('lao-dong-tien-tien', '2024-12-31')?.conferredByCommune, true);
    assert.equal(on('giay-khen', '2024-12-31')?.conferredByCommune, true);
  });

  it('carries the verified coefficients of the legal tables', () => {
    const c = (code: string) => {
      const f = on(code, '2025-08-20');
      return [f?.coefficientIndividual, f?.coefficientCollective, f?.verified];
    };
    assert.deepEqual(c('chien-si-thi-dua-toan-quoc'), [4.5, null, true]);
    assert.deepEqual(c('chien-si-thi-dua-thanh-pho'), [3, null, true]);
    assert.deepEqual(c('chien-si-thi-dua-co-so'), [1, null, true]);
    assert.deepEqual(c('lao-dong-tien-tien'), [0.3, null, true]);
    assert.deepEqual(c('co-thi-dua-thanh-pho'), [null, 8, true]);
    assert.deepEqual(c('tap-the-lao-dong-xuat-sac'), [null, 1.5, true]);
    assert.deepEqual(c('tap-the-lao-dong-tien-tien'), [null, 0.8, true]);
    assert.deepEqual(c('xa-phuong-dac-khu-tieu-bieu'), [null, 2, true]);
    assert.deepEqual(c('thon-to-dan-pho-van-hoa'), [null, 1.5, true]);
  });

  it('flags as "cần kiểm tra" the forms whose collective value is not confirmed', () => {
    assert.deepEqual(
      [on('giay-khen', '2025-08-20')?.coefficientCollective, on('giay-khen', '2025-08-20')?.verified],
      [0.6, false],
    );
    assert.deepEqual(
      [
        on('bang-khen-thanh-pho', '2025-08-20')?.coefficientIndividual,
        on('bang-khen-thanh-pho', '2025-08-20')?.verified,
      ],
      [1.5, false],
    );
    assert.equal(on('bang-khen-thu-tuong', '2025-08-20')?.verified, false);
  });

  it('keeps the Nghị định 98/2023 value of Bằng khen thành phố (1,0) until 30/6/2025', () => {
    assert.equal(on('bang-khen-thanh-pho', '2024-01-01')?.coefficientIndividual, 1);
    assert.equal(on('bang-khen-thanh-pho', '2025-06-30')?.coefficientIndividual, 1);
    assert.equal(on('bang-khen-thanh-pho', '2025-07-01')?.coefficientIndividual, 1.5);
    assert.match(on('bang-khen-thanh-pho', '2025-06-30')?.legalBasis ?? '', /98\/2023/);
    assert.match(on('bang-khen-thanh-pho', '2025-07-01')?.legalBasis ?? '', /152\/2025/);
  });

  it('models who conferred a Giấy khen: the commune chairman (giay-khen) or the former district one (giay-khen-huyen)', () => {
    const c = (code: string, date: string) => {
      const f = on(code, date);
      return [f?.coefficientIndividual, f?.coefficientCollective, f?.conferredByCommune, f?.verified];
    };
    assert.deepEqual(c('giay-khen', '2024-06-30'), [0.15, 0.3, true, false]);
    assert.deepEqual(c('giay-khen', '2025-06-30'), [0.15, 0.3, true, false]);
    assert.deepEqual(c('giay-khen', '2025-07-01'), [0.3, 0.6, true, false]);
    assert.deepEqual(c('giay-khen-huyen', '2025-06-30'), [0.3, 0.6, false, false]);
    assert.equal(on('giay-khen-huyen', '2025-07-01'), null);
    assert.match(on('giay-khen', '2025-06-30')?.legalBasis ?? '', /98\/2023\/NĐ-CP, Điều 58/);
    assert.match(on('giay-khen-huyen', '2025-06-30')?.authority ?? '', /cấp huyện/);
    // The district Giấy khen is no form a commune may confer now: it is not among the current forms' codes in force.
    assert.ok(
      !currentForms(DEFAULT_AWARD_FORMS).some((f) => f.code === 'giay-khen-huyen' && f.effectiveTo === null),
    );
  });

  it('says why a form has no value on a date: ended (with the form that replaced it) or not yet built in', () => {
    assert.equal(
      formNotInForceMessage(DEFAULT_AWARD_FORMS, 'giay-khen-huyen', '2025-08-20'),
      '“Giấy khen cấp huyện” chỉ áp dụng đến hết ngày 30/06/2025, không dùng được cho ngày 20/08/2025. Từ ngày 01/07/2025 không còn cấp huyện: Giấy khen do Chủ tịch Ủy ban nhân dân cấp xã tặng là “Giấy khen” (mã giay-khen).',
    );
    assert.equal(
      formNotInForceMessage(DEFAULT_AWARD_FORMS, 'giay-khen', '2023-05-01'),
      'Danh mục chưa có mức tiền thưởng của “Giấy khen” áp dụng cho ngày 01/05/2023.',
    );
    assert.equal(formNotInForceMessage(DEFAULT_AWARD_FORMS, 'giay-khen', '2025-08-20'), null);
    assert.equal(formNotInForceMessage(DEFAULT_AWARD_FORMS, 'khong-co', '2025-08-20'), null);
  });

  it('has nothing in force before 2024 (no values of older decrees are built in)', () => {
    assert.equal(on('giay-khen', '2023-12-31'), null);
    assert.equal(on('no-such-form', '2025-08-20'), null);
  });

  it('CSTĐ cơ sở requires Lao động tiên tiến in the same year; CSTĐ thành phố needs 90% of all members', () => {
    assert.deepEqual(on('chien-si-thi-dua-co-so', '2025-08-20')?.requiresSameYear, ['lao-dong-tien-tien']);
    assert.deepEqual(on('chien-si-thi-dua-thanh-pho', '2025-08-20')?.threshold, {
      share: 0.9,
      strict: false,
      base: 'members',
    });
    assert.deepEqual(on('giay-khen', '2025-08-20')?.threshold, { share: 0.5, strict: true, base: 'members' });
  });

  it('versions of one code never overlap, so a date finds at most one', () => {
    for (const code of AWARD_FORM_CODES) {
      const versions = DEFAULT_AWARD_FORMS.filter((f) => f.code === code).sort((a, b) =>
        a.effectiveFrom.localeCompare(b.effectiveFrom),
      );
      for (let i = 1; i < versions.length; i++) {
        assert.ok((versions[i - 1].effectiveTo ?? '9999') < versions[i].effectiveFrom, code);
      }
    }
  });

  it('latestForm and currentForms give the newest version of each code, in report order', () => {
    assert.equal(latestForm(DEFAULT_AWARD_FORMS, 'bang-khen-thanh-pho')?.effectiveFrom, '2025-07-01');
    const current = currentForms(DEFAULT_AWARD_FORMS);
    assert.equal(current.length, AWARD_FORM_CODES.length);
    const levels = current.map((f) => f.level);
    assert.deepEqual(
      levels,
      [...levels].sort(
        (a, b) =>
          ['nha_nuoc', 'thanh_pho', 'co_so'].indexOf(a) - ['nha_nuoc', 'thanh_pho', 'co_so'].indexOf(b),
      ),
    );
  });

  it('households and villages count as collectives; a collective title refuses an individual', () => {
    const ttldtt = on('tap-the-lao-dong-tien-tien', '2025-08-20');
    const gdvh = on('gia-dinh-van-hoa', '2025-08-20');
    assert.ok(ttldtt && gdvh);
    assert.equal(formAcceptsKind(ttldtt, 'individual'), false);
    assert.equal(formAcceptsKind(ttldtt, 'collective'), true);
    assert.equal(formAcceptsKind(gdvh, 'collective'), true);
  });

  it('has the base salary 2.340.000 đ from 1/7/2024 (verified) and the two before it', () => {
    assert.deepEqual(
      DEFAULT_BASE_SALARIES.map((s) => [s.amount, s.effectiveFrom, s.verified]),
      [
        [1_490_000, '2019-07-01', false],
        [1_800_000, '2023-07-01', false],
        [2_340_000, '2024-07-01', true],
      ],
    );
  });
});
