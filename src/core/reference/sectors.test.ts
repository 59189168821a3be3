import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveReference } from './resolve.ts';
import { SECTOR_ITEMS } from './sectors.ts';

describe('SECTOR_ITEMS', () => {
  it('has the four sectors of the statistics plus the household bucket, in that order', () => {
    assert.deepEqual(
      SECTOR_ITEMS.map((s) => s.code),
      ['nha-nuoc', 'tap-the', 'tu-nhan', 'fdi', 'ho-gia-dinh'],
    );
  });

  const cases: Array<[string, string]> = [
    ['Nhà nước', 'nha-nuoc'],
    ['HTX', 'tap-the'],
    ['hợp tác xã', 'tap-the'],
    ['Doanh nghiệp tư nhân', 'tu-nhan'],
    ['fdi', 'fdi'],
    ['ngư dân', 'ho-gia-dinh'],
    ['Hộ gia đình, cá nhân sản xuất (nông dân, ngư dân)', 'ho-gia-dinh'],
  ];
  for (const [text, code] of cases)
    it(`reads "${text}" as ${code}`, () => assert.equal(resolveReference(SECTOR_ITEMS, text)?.code, code));
});
