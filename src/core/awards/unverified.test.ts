import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_AWARD_FORMS, DEFAULT_BASE_SALARIES, formInForce } from './catalogue.ts';
import { baseSalaryOn } from './money.ts';
import type { AwardForm } from './types.ts';
import {
  type PricedLine,
  unconfirmedMessage,
  unconfirmedValues,
  unverifiedSentence,
  unverifiedValues,
} from './unverified.ts';

function form(code: string, date: string): AwardForm {
  const f = formInForce(DEFAULT_AWARD_FORMS, code, date);
  assert.ok(f, `${code} on ${date}`);
  return f;
}

const line = (kind: 'individual' | 'collective', coefficient: number, amount: number): PricedLine => ({
  subject: { kind },
  coefficient,
  amount,
});

const of = (code: string, date: string, items: PricedLine[]) =>
  unverifiedValues({ form: form(code, date), salary: baseSalaryOn(DEFAULT_BASE_SALARIES, date), items });

describe('unverified values of a decision', () => {
  it('the demo Giấy khen of 20/8/2025 uses two unverified coefficients, each named once', () => {
    const values = of('giay-khen', '2025-08-20', [
      line('individual', 0.3, 710_000),
      line('collective', 0.6, 1_410_000),
      line('individual', 0.3, 710_000),
    ]);
    assert.deepEqual(
      values.map((v) => [v.key, v.label]),
      [
        ['coefficient:giay-khen@2025-07-01:collective:0.6', 'Hệ số 0,6 của “Giấy khen” (tập thể)'],
        ['coefficient:giay-khen@2025-07-01:individual:0.3', 'Hệ số 0,3 của “Giấy khen” (cá nhân)'],
      ],
    );
    assert.match(
      unverifiedSentence(values[0]),
      /^Hệ số 0,6 của “Giấy khen” \(tập thể\) chưa được kiểm tra với văn bản gốc \(căn cứ ghi trong danh mục: .*152\/2025.*\)\.$/u,
    );
  });

  it('a checked form and a checked base salary give nothing: Lao động tiên tiến on 20/8/2025', () => {
    assert.deepEqual(of('lao-dong-tien-tien', '2025-08-20', [line('individual', 0.3, 710_000)]), []);
  });

  it('an unchecked base salary is named with its amount and start: 1.800.000 đ on 1/3/2024', () => {
    const values = of('lao-dong-tien-tien', '2024-03-01', [line('individual', 0.3, 540_000)]);
    assert.deepEqual(
      values.map((v) => [v.kind, v.key, v.label]),
      [
        [
          'base-salary',
          'base-salary:2023-07-01:1800000',
          'Mức lương cơ sở 1.800.000 đồng (áp dụng từ ngày 01/07/2023)',
        ],
      ],
    );
  });

  it('a commune Giấy khen of 30/6/2025 names its 0,15 (the Nghị định 98/2023 version) for a person only', () => {
    const values = of('giay-khen', '2025-06-30', [line('individual', 0.15, 360_000)]);
    assert.deepEqual(
      values.map((v) => v.key),
      ['coefficient:giay-khen@2024-01-01:individual:0.15'],
    );
  });

  it('a form without money on any line is named itself: Gia đình văn hóa', () => {
    const values = of('gia-dinh-van-hoa', '2025-08-20', [line('collective', 0, 0)]);
    assert.deepEqual(
      values.map((v) => [v.key, v.label]),
      [['form:gia-dinh-van-hoa@2025-07-01', 'Danh hiệu “Gia đình văn hóa”']],
    );
  });

  it('the key changes with the value, so a value edited after a confirmation needs a new one', () => {
    const edited = { ...form('giay-khen', '2025-08-20'), coefficientCollective: 0.7 };
    const values = unverifiedValues({
      form: edited,
      salary: null,
      items: [line('collective', 0.7, 1_640_000)],
    });
    assert.deepEqual(
      values.map((v) => v.key),
      ['coefficient:giay-khen@2025-07-01:collective:0.7'],
    );
  });

  it('lists what a confirmation leaves out, and the refusal names each value', () => {
    const values = of('giay-khen', '2025-08-20', [
      line('individual', 0.3, 710_000),
      line('collective', 0.6, 1_410_000),
    ]);
    const left = unconfirmedValues(values, ['coefficient:giay-khen@2025-07-01:individual:0.3', 'other']);
    assert.deepEqual(
      left.map((v) => v.label),
      ['Hệ số 0,6 của “Giấy khen” (tập thể)'],
    );
    assert.deepEqual(
      unconfirmedValues(
        values,
        values.map((v) => v.key),
      ),
      [],
    );
    assert.equal(
      unconfirmedMessage(values),
      'Chưa phê duyệt được: quyết định dùng 2 giá trị chưa được kiểm tra với văn bản gốc — Hệ số 0,6 của “Giấy khen” (tập thể); Hệ số 0,3 của “Giấy khen” (cá nhân). Người phê duyệt cần xác nhận từng giá trị này trước khi phê duyệt.',
    );
  });
});
