import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countByFilters, filterNominations, type NominationListFilter, sortNominations } from './listing.ts';
import { collectiveInput, listedNomination } from './nomination.fixture.ts';
import type { Nomination } from './types.ts';

type Listed = Nomination & { nominatingUnitName: string };

const hau = listedNomination({ id: 'hau', number: 1, state: 'accepted' });
const lan = listedNomination({
  id: 'lan',
  number: 2,
  name: 'Trần Thị Lan',
  gender: 'nu',
  birthYear: 1990,
  ethnicCode: '02',
  position: 'Giáo viên',
  nominatingUnitId: 'unit-truong',
  nominatingUnitName: 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
  fieldCode: 'giao-duc',
  sectorCode: 'nha-nuoc',
  directWorker: false,
  achievements: 'Giáo viên dạy giỏi cấp huyện; sáng kiến về dạy học trên đảo.',
});
const an = listedNomination({
  id: 'an',
  number: 3,
  name: 'Lê Văn An',
  achievements: 'Cứu hộ tàu cá gặp nạn ở Hậu Giang',
  state: 'council_approved',
});
const team: Listed = {
  ...listedNomination({ id: 'team', number: 4, state: 'submitted' }),
  ...collectiveInput(),
  nominatingUnitName: 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
};
const list = [hau, lan, an, team];
const ids = (xs: readonly Listed[]) => xs.map((x) => x.id);

describe('filterNominations', () => {
  const cases: Array<[NominationListFilter, string[]]> = [
    [{}, ['hau', 'lan', 'an', 'team']],
    [{ q: 'hau' }, ['hau', 'an']],
    [{ q: 'HẬU nguyễn' }, ['hau']],
    [{ q: 'van hau' }, ['hau', 'an']], // each word anywhere: "Lê Văn An" … "Hậu Giang"
    [{ q: 'truong tieu hoc' }, ['lan', 'team']],
    [{ q: 'giao vien' }, ['lan']],
    [{ q: 'sang kien dao' }, ['lan']],
    [{ q: 'không có ai' }, []],
    [{ unitId: 'unit-truong' }, ['lan', 'team']],
    [{ kind: 'collective' }, ['team']],
    [{ fieldCode: 'giao-duc' }, ['lan', 'team']],
    [{ sectorCode: 'ho-gia-dinh' }, ['hau', 'an']],
    [{ gender: 'nu' }, ['lan']],
    [{ ethnicCode: '02' }, ['lan']],
    [{ directWorker: 'true' }, ['hau', 'an']],
    [{ directWorker: 'false' }, ['lan', 'team']],
    [{ state: 'accepted' }, ['hau']],
    [{ q: 'hau', state: 'council_approved' }, ['an']],
    [{ gender: 'nam', unitId: 'unit-truong' }, []],
  ];
  for (const [query, expected] of cases)
    it(`${JSON.stringify(query)} → [${expected.join(', ')}]`, () =>
      assert.deepEqual(ids(filterNominations(list, query)), expected));
});

describe('sortNominations', () => {
  it('puts collectives first, then individuals by given name, middle name, family name', () => {
    const people = [
      'Trần Thị Lan',
      'Nguyễn Văn Hậu',
      'Lê Văn An',
      'Phạm Văn An',
      'Bùi Thị An',
      'Đỗ Đức Đạt',
    ].map((name, i) => listedNomination({ id: name, name, number: i + 1 }));
    const teams = ['Tổ Văn hóa', 'Chi đoàn Trường'].map((name, i) =>
      listedNomination({ ...collectiveInput({ name }), id: name, number: 10 + i }),
    );
    assert.deepEqual(ids(sortNominations([...people, ...teams])), [
      'Chi đoàn Trường',
      'Tổ Văn hóa',
      'Bùi Thị An',
      'Lê Văn An',
      'Phạm Văn An',
      'Đỗ Đức Đạt',
      'Nguyễn Văn Hậu',
      'Trần Thị Lan',
    ]);
  });

  it('orders equal names by number and leaves the input alone', () => {
    const a = listedNomination({ id: 'b', number: 7 });
    const b = listedNomination({ id: 'a', number: 2 });
    const input = [a, b];
    assert.deepEqual(ids(sortNominations(input)), ['a', 'b']);
    assert.deepEqual(ids(input), ['b', 'a']);
  });
});

describe('countByFilters', () => {
  it('counts every filter value over the whole list', () =>
    assert.deepEqual(countByFilters(list), {
      unit: { 'unit-nghiep-doan': 2, 'unit-truong': 2 },
      kind: { individual: 3, collective: 1 },
      field: { 'nong-nghiep-thuy-san': 2, 'giao-duc': 2 },
      sector: { 'ho-gia-dinh': 2, 'nha-nuoc': 2 },
      gender: { nam: 2, nu: 1 },
      ethnic: { '01': 2, '02': 1 },
      directWorker: { true: 2, false: 2 },
      state: { accepted: 1, draft: 1, council_approved: 1, submitted: 1 },
    }));

  it('applies the search text first, so the counts show what each filter would give', () => {
    const counts = countByFilters(list, { q: 'hau' });
    assert.deepEqual(counts.state, { accepted: 1, council_approved: 1 });
    assert.deepEqual(counts.kind, { individual: 2 });
    assert.deepEqual(counts.gender, { nam: 2 });
  });

  it('gives empty groups for an empty list', () =>
    assert.deepEqual(countByFilters([]), {
      unit: {},
      kind: {},
      field: {},
      sector: {},
      gender: {},
      ethnic: {},
      directWorker: {},
      state: {},
    }));
});
