import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { duplicateKey, findDuplicatesOf, findDuplicatesWithin } from './duplicates.ts';
import type { NominationKind } from './types.ts';

const row = (name: string, birthYear: number | null, unit = 'u1', kind: NominationKind = 'individual') => ({
  kind,
  name,
  birthYear,
  nominatingUnitId: unit,
});

describe('duplicateKey', () => {
  const same: Array<[string, string]> = [
    ['Nguyễn Văn Hậu', 'nguyen van hau'],
    ['  Nguyễn   Văn Hậu ', 'NGUYỄN VĂN HẬU'],
    ['Lê Thị Hoà', 'Lê Thị Hòa'],
    ['Đặng Văn Đức', 'dang van duc'],
  ];
  for (const [a, b] of same)
    it(`"${a}" = "${b}"`, () => assert.equal(duplicateKey(a, 1980, 'u1'), duplicateKey(b, 1980, 'u1')));

  it('tells apart another birth year, another unit, and a missing year', () => {
    const key = duplicateKey('Nguyễn Văn Hậu', 1980, 'u1');
    assert.notEqual(key, duplicateKey('Nguyễn Văn Hậu', 1981, 'u1'));
    assert.notEqual(key, duplicateKey('Nguyễn Văn Hậu', 1980, 'u2'));
    assert.notEqual(key, duplicateKey('Nguyễn Văn Hậu', null, 'u1'));
  });

  it('cannot be fooled by separators inside the name', () =>
    assert.notEqual(duplicateKey('a|1', 2, 'u'), duplicateKey('a', 12, 'u')));
});

describe('findDuplicatesWithin', () => {
  it('groups the rows that repeat, in order of first appearance', () => {
    const rows = [
      row('Nguyễn Văn Hậu', 1980),
      row('Trần Thị Lan', 1990),
      row('nguyen van hau', 1980),
      row('Trần Thị Lan', 1991),
      row('Tổ chuyên môn', null, 'u1', 'collective'),
      row('NGUYỄN VĂN HẬU', 1980),
      row('Tổ  chuyên  môn', 2000, 'u1', 'collective'),
    ];
    assert.deepEqual(findDuplicatesWithin(rows), [
      [0, 2, 5],
      [4, 6],
    ]);
  });

  it('finds nothing in distinct rows or an empty file', () => {
    assert.deepEqual(findDuplicatesWithin([row('A B', 1980), row('A B', 1980, 'u2')]), []);
    assert.deepEqual(findDuplicatesWithin([]), []);
  });
});

describe('findDuplicatesOf', () => {
  const existing = [
    { id: 'n1', ...row('Nguyễn Văn Hậu', 1980) },
    { id: 'n2', ...row('Nguyễn Văn Hậu', 1980, 'u2') },
  ];

  it('flags a stored nomination with the same name, year and unit', () =>
    assert.deepEqual(
      findDuplicatesOf(row('nguyễn văn hậu', 1980), existing).map((e) => e.id),
      ['n1'],
    ));

  it('does not flag a nomination against itself', () =>
    assert.deepEqual(findDuplicatesOf({ id: 'n1', ...row('Nguyễn Văn Hậu', 1980) }, existing), []));
});
