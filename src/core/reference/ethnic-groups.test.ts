import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ETHNIC_GROUPS, isEthnicMinority, isOfficialEthnicCode } from './ethnic-groups.ts';
import { referenceKey } from './resolve.ts';

describe('ETHNIC_GROUPS', () => {
  it('has the 54 official groups with codes 01–54 in order, then 55 marked not official', () => {
    const official = ETHNIC_GROUPS.filter((g) => g.official);
    assert.equal(official.length, 54);
    assert.deepEqual(
      official.map((g) => g.code),
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const last = ETHNIC_GROUPS[ETHNIC_GROUPS.length - 1];
    assert.deepEqual([last.code, last.label, last.official], ['55', 'Người nước ngoài', false]);
  });

  it('uses the names of the official list for the codes people look up most', () => {
    const label = (code: string) => ETHNIC_GROUPS.find((g) => g.code === code)?.label;
    const cases: Array<[string, string]> = [
      ['01', 'Kinh'],
      ['05', 'Khơ-me'],
      ['08', 'Hmông'],
      ['12', 'Ê-đê'],
      ['23', 'Bru-Vân Kiều'],
      ['27', 'Gié-Triêng'],
      ['54', 'Rơ-măm'],
    ];
    for (const [code, name] of cases) assert.equal(label(code), name, code);
  });

  it('gives no two groups the same name or alias once marks, case and hyphens are ignored', () => {
    const owner = new Map<string, string>();
    for (const g of ETHNIC_GROUPS) {
      for (const name of [g.label, ...g.aliases]) {
        const key = referenceKey(name);
        const seen = owner.get(key);
        assert.ok(seen === undefined || seen === g.code, `"${name}" is used by ${seen} and ${g.code}`);
        owner.set(key, g.code);
      }
    }
  });

  it('numbers sortOrder 1..55 and starts every group active', () => {
    assert.deepEqual(
      ETHNIC_GROUPS.map((g) => g.sortOrder),
      ETHNIC_GROUPS.map((_, i) => i + 1),
    );
    assert.ok(ETHNIC_GROUPS.every((g) => g.active));
  });
});

describe('isOfficialEthnicCode and isEthnicMinority', () => {
  const cases: Array<[string | null, boolean, boolean]> = [
    ['01', true, false],
    ['02', true, true],
    ['54', true, true],
    ['55', false, false],
    ['56', false, false],
    [null, false, false],
  ];
  for (const [code, official, minority] of cases) {
    it(`${code}: official ${official}, minority ${minority}`, () => {
      if (code !== null) assert.equal(isOfficialEthnicCode(code), official);
      assert.equal(isEthnicMinority(code), minority);
    });
  }
});
