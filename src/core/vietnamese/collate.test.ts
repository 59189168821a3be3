import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareByGivenName, compareVietnamese, sortByGivenName, splitVietnameseName } from './collate.ts';

describe('compareVietnamese', () => {
  it('puts Đ after D and before E', () => {
    assert.deepEqual(['Em', 'Đức', 'Dũng'].sort(compareVietnamese), ['Dũng', 'Đức', 'Em']);
  });

  it('orders the vowel letters a ă â, o ô ơ, u ư', () => {
    assert.deepEqual(['Ân', 'Ăn', 'An'].sort(compareVietnamese), ['An', 'Ăn', 'Ân']);
    assert.deepEqual(['ư', 'ơ', 'u', 'ô', 'o'].sort(compareVietnamese), ['o', 'ô', 'ơ', 'u', 'ư']);
  });

  it('orders tones as dictionaries do: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    assert.deepEqual(['Hạ', 'Há', 'Hã', 'Hả', 'Hà', 'Ha'].sort(compareVietnamese), [
      'Ha',
      'Hà',
      'Hả',
      'Hã',
      'Há',
      'Hạ',
    ]);
  });

  it('compares numbers by value', () => {
    assert.deepEqual(['Tổ 10', 'Tổ 2'].sort(compareVietnamese), ['Tổ 2', 'Tổ 10']);
  });
});

describe('splitVietnameseName', () => {
  it('splits family, middle and given names', () => {
    assert.deepEqual(splitVietnameseName('Nguyễn Thị Minh Khai'), {
      family: 'Nguyễn',
      middle: 'Thị Minh',
      given: 'Khai',
    });
    assert.deepEqual(splitVietnameseName('Lê Hậu'), { family: 'Lê', middle: '', given: 'Hậu' });
  });

  it('treats one word as a given name and ignores extra spaces', () => {
    assert.deepEqual(splitVietnameseName('  Hậu '), { family: '', middle: '', given: 'Hậu' });
    assert.deepEqual(splitVietnameseName(' Trần   Văn  Đức '), {
      family: 'Trần',
      middle: 'Văn',
      given: 'Đức',
    });
    assert.deepEqual(splitVietnameseName(''), { family: '', middle: '', given: '' });
  });
});

describe('compareByGivenName', () => {
  it('orders by given name before family name', () => {
    assert.ok(compareByGivenName('Nguyễn Văn An', 'Trần Thị Bình') < 0);
    assert.ok(compareByGivenName('Trần Thị Bình', 'Lê Văn Hậu') < 0);
  });

  it('breaks ties on the given name by middle names, then family name', () => {
    assert.ok(compareByGivenName('Trần Thị Hoa', 'Lê Văn Hoa') < 0);
    assert.ok(compareByGivenName('Lê Văn Hoa', 'Nguyễn Văn Hoa') < 0);
    assert.equal(compareByGivenName('Lê Văn Hoa', 'Lê  Văn Hoa'), 0);
  });
});

describe('sortByGivenName', () => {
  const people = [
    { id: 1, name: 'Nguyễn Văn Hậu' },
    { id: 2, name: 'Trần Thị Đào' },
    { id: 3, name: 'Phạm Văn Dũng' },
    { id: 4, name: 'Vũ Thị Ánh' },
    { id: 5, name: 'Lê Văn An' },
    { id: 6, name: 'Đỗ Minh Hà' },
    { id: 7, name: 'Bùi Thị Hạ' },
    { id: 8, name: 'Hoàng Văn Hà' },
  ];

  it('sorts a real delegate list, with Đ after D and tones in order', () => {
    const sorted = sortByGivenName(people, (p) => p.name).map((p) => p.name);
    assert.deepEqual(sorted, [
      'Lê Văn An',
      'Vũ Thị Ánh',
      'Phạm Văn Dũng',
      'Trần Thị Đào',
      'Đỗ Minh Hà',
      'Hoàng Văn Hà',
      'Bùi Thị Hạ',
      'Nguyễn Văn Hậu',
    ]);
  });

  it('returns a new array and leaves the input alone', () => {
    const before = people.map((p) => p.id);
    const sorted = sortByGivenName(people, (p) => p.name);
    assert.notEqual(sorted, people);
    assert.deepEqual(
      people.map((p) => p.id),
      before,
    );
  });

  it('keeps the input order of equal names', () => {
    const twins = [
      { id: 'a', name: 'Lê Văn Hoa' },
      { id: 'b', name: 'Trần Thị An' },
      { id: 'c', name: 'Lê Văn Hoa' },
    ];
    assert.deepEqual(
      sortByGivenName(twins, (p) => p.name).map((p) => p.id),
      ['b', 'a', 'c'],
    );
  });
});
