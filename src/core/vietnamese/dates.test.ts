import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatLongDate, formatPlaceDate, formatShortDate, isIsoDate, isoDateInVietnam } from './dates.ts';
import { toRoman } from './roman.ts';

describe('dates in the Nghị định 30/2020 style', () => {
  test('the place-date line of the seed plan', () => {
    assert.equal(formatPlaceDate('Bạch Long Vĩ', '2025-08-14'), 'Bạch Long Vĩ, ngày 14 tháng 8 năm 2025');
  });

  test('days 1–9 and months 1–2 take a leading zero', () => {
    assert.equal(formatLongDate('2025-02-05'), 'ngày 05 tháng 02 năm 2025');
    assert.equal(formatLongDate('2025-12-09'), 'ngày 09 tháng 12 năm 2025');
    assert.equal(formatLongDate('2025-03-31'), 'ngày 31 tháng 3 năm 2025');
  });

  test('running-text dates have no zeros', () => {
    assert.equal(formatShortDate('2025-08-25'), '25/8/2025');
  });

  test('impossible dates are refused', () => {
    assert.equal(isIsoDate('2025-02-29'), false);
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.throws(() => formatLongDate('14/8/2025'));
  });
});

describe('Roman numerals for the conference ordinal', () => {
  test('writes the usual ordinals', () => {
    assert.deepEqual([1, 2, 4, 9, 11, 14, 40].map(toRoman), ['I', 'II', 'IV', 'IX', 'XI', 'XIV', 'XL']);
  });

  test('refuses zero and fractions', () => {
    assert.throws(() => toRoman(0));
    assert.throws(() => toRoman(1.5));
  });
});

describe('today in Vietnam', () => {
  test('late evening UTC is already the next day in Vietnam', () => {
    assert.equal(isoDateInVietnam(new Date('2025-08-14T17:30:00Z')), '2025-08-15');
    assert.equal(isoDateInVietnam(new Date('2025-08-14T16:59:59Z')), '2025-08-14');
  });
});
