import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Unit } from '../../../shared/api/units.ts';
import { ancestorIds, countByKind, indexUnits, searchUnits } from './unit-index.ts';

function unit(id: string, parentId: string | null, fullName: string, kind = 'commune', sortOrder = 0): Unit {
  return {
    id,
    parentId,
    fullName,
    name: fullName,
    kind,
    typeLabel: '',
    officialCode: null,
    sortOrder,
  } as unknown as Unit;
}

const units = [
  unit('city', null, 'Thành phố Hải Phòng', 'city'),
  unit('blv', 'city', 'Đặc khu Bạch Long Vĩ', 'special_zone', 2),
  unit('ch', 'city', 'Đặc khu Cát Hải', 'special_zone', 1),
  unit('school', 'blv', 'Trường Tiểu học và THCS Bạch Long Vĩ', 'agency'),
  unit('orphan', 'hidden', 'Xã lẻ', 'agency'),
];

describe('the unit tree', () => {
  it('children follow their order; a unit whose parent is not visible is a root', () => {
    const index = indexUnits(units);
    assert.deepEqual(
      index.roots.map((u) => u.id),
      ['city', 'orphan'],
    );
    assert.deepEqual(
      index.childrenOf.get('city')?.map((u) => u.id),
      ['ch', 'blv'],
    );
    assert.deepEqual(ancestorIds(index, 'school'), ['city', 'blv']);
    assert.deepEqual(ancestorIds(index, 'orphan'), []);
  });

  it('search ignores accents, needs every word, and opens the way to each match', () => {
    const index = indexUnits(units);
    const found = searchUnits(index, 'bach long truong');
    assert.deepEqual([...(found?.matches ?? [])], ['school']);
    assert.deepEqual([...(found?.expand ?? [])].sort(), ['blv', 'city']);
    assert.equal(searchUnits(index, '   '), null);
  });

  it('counts units by kind in the catalogue order, leaving out kinds with none', () => {
    const counts = countByKind(units);
    assert.ok(counts.every(([, n]) => n > 0));
    assert.equal(counts.find(([k]) => k === 'agency')?.[1], 2);
  });
});
