import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateLong, formatDateTime, parseDayMonthYear } from './format.ts';

describe('dates on screen', () => {
  it('shows a day as dd/mm/yyyy, a dash when there is none, and a timestamp by its day', () => {
    assert.equal(formatDate('2025-08-25'), '25/08/2025');
    assert.equal(formatDate('2025-08-25T10:00:00Z'), '25/08/2025');
    assert.equal(formatDate(null), '—');
    assert.equal(formatDate(''), '—');
    assert.equal(formatDate('không rõ'), 'không rõ');
  });

  it('writes a day in words the way documents do', () => {
    assert.equal(formatDateLong('2025-08-14'), 'ngày 14 tháng 8 năm 2025');
    assert.equal(formatDateLong(undefined), '—');
  });

  it('shows a moment in Vietnam time', () => {
    assert.equal(formatDateTime('2025-08-14T02:05:00Z'), '14/08/2025 09:05');
    assert.equal(formatDateTime('not a time'), 'not a time');
  });

  it('reads what a user types in a date box', () => {
    assert.equal(parseDayMonthYear('25/8/2025'), '2025-08-25');
    assert.equal(parseDayMonthYear(' 25-08-2025 '), '2025-08-25');
    assert.equal(parseDayMonthYear('5.1.2026'), '2026-01-05');
    assert.equal(parseDayMonthYear('2025-08-25'), '2025-08-25');
    assert.equal(parseDayMonthYear('31/02/2025'), null);
    assert.equal(parseDayMonthYear('25/08/25'), null);
    assert.equal(parseDayMonthYear(''), null);
  });
});
