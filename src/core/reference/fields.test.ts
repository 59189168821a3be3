import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIELD_GROUPS, FIELD_ITEMS, fieldGroupOf } from './fields.ts';

describe('FIELD_ITEMS', () => {
  it('has stable kebab-case codes, each once', () => {
    const codes = FIELD_ITEMS.map((f) => f.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, /^[a-z]+(-[a-z]+)*$/);
    for (const code of ['nong-nghiep-thuy-san', 'giao-duc', 'y-te', 'quoc-phong', 'an-ninh', 'khac'])
      assert.ok(codes.includes(code), code);
    assert.ok(codes.includes('xay-dung-dang-chinh-quyen-doan-the'));
  });

  it('rolls every national group up from at least one field', () => {
    for (const group of FIELD_GROUPS)
      assert.ok(
        FIELD_ITEMS.some((f) => f.group === group.code),
        group.code,
      );
  });
});

describe('fieldGroupOf', () => {
  const cases: Array<[string | null, string]> = [
    ['nong-nghiep-thuy-san', 'kinh-te'],
    ['dich-vu-du-lich-thuong-mai', 'kinh-te'],
    ['giao-duc', 'van-hoa-xa-hoi'],
    ['y-te', 'van-hoa-xa-hoi'],
    ['quoc-phong', 'quoc-phong-an-ninh'],
    ['an-ninh', 'quoc-phong-an-ninh'],
    ['xay-dung-dang-chinh-quyen-doan-the', 'khac'],
    ['linh-vuc-moi-them', 'khac'],
    [null, 'khac'],
  ];
  for (const [code, group] of cases) it(`${code} → ${group}`, () => assert.equal(fieldGroupOf(code), group));
});
