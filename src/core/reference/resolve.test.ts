import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ETHNIC_GROUPS } from './ethnic-groups.ts';
import { FIELD_ITEMS } from './fields.ts';
import { PRIORITY_AREA_ITEMS } from './priority-areas.ts';
import { referenceKey, resolveMany, resolveReference } from './resolve.ts';
import type { ReferenceItem } from './types.ts';

describe('referenceKey', () => {
  it('ignores case, marks, spaces, hyphens and apostrophes', () => {
    assert.equal(referenceKey("H'Mông"), 'hmong');
    assert.equal(referenceKey('H’MÔNG'), 'hmong');
    assert.equal(referenceKey(' Khơ - me '), 'khome');
    assert.equal(referenceKey('Ê Đê'), 'ede');
  });
});

describe('resolveReference on the ethnic list', () => {
  const cases: Array<[string, string | null]> = [
    ['hmong', '08'],
    ["H'Mông", '08'],
    ['Mông', '08'],
    ['Mèo', '08'],
    ['HMÔNG', '08'],
    ['Khmer', '05'],
    ['Khơ-me', '05'],
    ['khơ me', '05'],
    ['Ê Đê', '12'],
    ['ê-đê', '12'],
    ['Vân Kiều', '23'],
    ['Bru - Vân Kiều', '23'],
    ['Kinh', '01'],
    ['Việt', '01'],
    ['01', '01'],
    ['1', '01'],
    ['8', '08'],
    ['55', '55'],
    ['Mường', '06'],
    ['Mnông', '20'],
    ['  tày ', '02'],
    ['', null],
    ['   ', null],
    ['Kinh Việt Nam', null],
    ['99', null],
  ];
  for (const [text, code] of cases)
    it(`"${text}" → ${code}`, () => assert.equal(resolveReference(ETHNIC_GROUPS, text)?.code ?? null, code));
});

describe('resolveReference in general', () => {
  it('matches field codes and labels alike', () => {
    assert.equal(resolveReference(FIELD_ITEMS, 'y-te')?.code, 'y-te');
    assert.equal(resolveReference(FIELD_ITEMS, 'Y TẾ')?.code, 'y-te');
    assert.equal(resolveReference(FIELD_ITEMS, 'biên phòng')?.code, 'quoc-phong');
  });

  it('prefers a code over another item whose alias spells the same', () => {
    const items: ReferenceItem[] = [
      { code: 'a', label: 'Một', aliases: ['b'], active: true, sortOrder: 1 },
      { code: 'b', label: 'Hai', aliases: [], active: true, sortOrder: 2 },
    ];
    assert.equal(resolveReference(items, 'B')?.code, 'b');
  });

  it('finds inactive items too, leaving the decision to the caller', () => {
    const items: ReferenceItem[] = [{ code: 'x', label: 'Cũ', aliases: [], active: false, sortOrder: 1 }];
    assert.equal(resolveReference(items, 'cu')?.code, 'x');
  });
});

describe('resolveMany', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['KT-XH; QP-AN', ['kinh-te-xa-hoi', 'quoc-phong-an-ninh'], []],
    ['Kinh tế - xã hội, Sắp xếp bộ máy', ['kinh-te-xa-hoi', 'sap-xep-bo-may'], []],
    ['quốc phòng - an ninh / kinh tế - xã hội', ['quoc-phong-an-ninh', 'kinh-te-xa-hoi'], []],
    ['KTXH\nKT-XH', ['kinh-te-xa-hoi'], []],
    ['kinh te - xa hoi;; môi trường', ['kinh-te-xa-hoi'], ['môi trường']],
    ['', [], []],
  ];
  for (const [text, codes, unknown] of cases)
    it(`${JSON.stringify(text)} → ${codes.join(' ') || 'nothing'}`, () => {
      const result = resolveMany(PRIORITY_AREA_ITEMS, text);
      assert.deepEqual(
        result.items.map((i) => i.code),
        codes,
      );
      assert.deepEqual(result.unknown, unknown);
    });
});
