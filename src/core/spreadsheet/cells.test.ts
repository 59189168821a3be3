import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanCell, parseDayMonthYear, readChoice, readGender, readYear, readYesNo } from './cells.ts';

describe('parseDayMonthYear', () => {
  const cases: Array<[string, string | null]> = [
    ['14/08/2025', '2025-08-14'],
    ['4/8/2025', '2025-08-04'],
    ['14.08.2025', '2025-08-14'],
    ['14-08-2025', '2025-08-14'],
    [' 2025-08-14 ', '2025-08-14'],
    ['45883', '2025-08-14'],
    ['45883.75', '2025-08-15'],
    ['43831', '2020-01-01'],
    ['31/02/2025', null],
    ['29/02/2023', null],
    ['29/02/2024', '2024-02-29'],
    ['14/13/2025', null],
    ['2025-02-30', null],
    ['14/08/25', null],
    ['1980', null],
    ['hôm qua', null],
    ['', null],
  ];
  for (const [text, iso] of cases) it(`"${text}" → ${iso}`, () => assert.equal(parseDayMonthYear(text), iso));
});

describe('readYear', () => {
  it('reads four digits, or the year of a full date', () => {
    assert.equal(readYear('1980'), 1980);
    assert.equal(readYear('02/03/1975'), 1975);
    assert.equal(readYear('1975-03-02'), 1975);
  });
  it('gives null for an empty cell and undefined for what is no year', () => {
    assert.equal(readYear(''), null);
    for (const bad of ['19x5', '75', '27454', '31/02/1975']) assert.equal(readYear(bad), undefined, bad);
  });
});

describe('readYesNo and readGender', () => {
  it('reads yes and no in the ways people write them; empty is no', () => {
    for (const yes of ['Có', 'có', 'CO', 'x', '1', 'TRUE']) assert.equal(readYesNo(yes), true, yes);
    for (const no of ['Không', 'khong', '0', 'FALSE', '']) assert.equal(readYesNo(no), false, no);
    assert.equal(readYesNo('Có lẽ'), undefined);
  });
  it('reads Nam and Nữ with or without marks; empty is null', () => {
    assert.equal(readGender('Nam'), 'nam');
    assert.equal(readGender('NỮ'), 'nu');
    assert.equal(readGender('nu'), 'nu');
    assert.equal(readGender(''), null);
    assert.equal(readGender('Khác'), undefined);
  });
});

describe('readChoice', () => {
  const kinds = { 'ca nhan': 'individual', cn: 'individual', 'tap the': 'collective' } as const;
  it('reads a value from a table of folded words', () => {
    assert.equal(readChoice(kinds, 'Cá nhân'), 'individual');
    assert.equal(readChoice(kinds, 'CN'), 'individual');
    assert.equal(readChoice(kinds, 'Tập thể.'), 'collective');
    assert.equal(readChoice(kinds, 'Hộ gia đình'), undefined);
    assert.equal(readChoice(kinds, 'constructor'), undefined);
  });
});

describe('cleanCell', () => {
  it('trims and composes text typed with combining marks', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    assert.equal(cleanCell(`  ${decomposed} `), 'Nguyễn');
    assert.equal(cleanCell(undefined), '');
  });
});
