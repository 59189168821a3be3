import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadReferenceCsv } from './load-reference.ts';
import { buildOrgTree, parseCsv, parseCsvRecords, type UnitSeed } from './org-tree.ts';

let unitsCsv = '';
let formerCsv = '';
let tree: UnitSeed[] = [];

before(async () => {
  ({ unitsCsv, formerCsv } = await loadReferenceCsv());
  tree = buildOrgTree(unitsCsv, formerCsv);
});

const byKey = (key: string): UnitSeed => {
  const unit = tree.find((u) => u.key === key);
  assert.ok(unit, `no unit ${key}`);
  return unit;
};
const childrenOf = (key: string): UnitSeed[] => tree.filter((u) => u.parentKey === key);

describe('buildOrgTree on the Hải Phòng reference data', () => {
  it('has Thành phố Hải Phòng as its only root', () => {
    const roots = tree.filter((u) => u.parentKey === null);
    assert.equal(roots.length, 1);
    assert.deepEqual(roots[0], {
      key: 'hp',
      parentKey: null,
      kind: 'city',
      typeLabel: 'thành phố',
      name: 'Hải Phòng',
      fullName: 'Thành phố Hải Phòng',
      officialCode: '31',
      isFormer: false,
      isDemo: false,
      sortOrder: 0,
    });
  });

  it('holds 114 communes: 67 xã, 45 phường, 2 đặc khu, under the city, sorted by code', () => {
    const communes = tree.filter((u) => u.kind === 'commune');
    assert.equal(communes.length, 114);
    const count = (label: string) => communes.filter((c) => c.typeLabel === label).length;
    assert.deepEqual([count('xã'), count('phường'), count('đặc khu')], [67, 45, 2]);
    assert.ok(communes.every((c) => c.parentKey === 'hp' && /^\d{5}$/.test(c.officialCode ?? '')));
    const codes = communes.map((c) => c.officialCode);
    assert.deepEqual(codes, [...codes].sort());
    assert.deepEqual(
      communes.map((c) => c.sortOrder),
      communes.map((_, i) => i + 1),
    );
  });

  it('names communes without their type word', () => {
    assert.deepEqual(
      [byKey('hp/10507').name, byKey('hp/10507').fullName],
      ['Thành Đông', 'Phường Thành Đông'],
    );
  });

  it('includes both special zones with their official codes', () => {
    const zones = tree.filter((u) => u.typeLabel === 'đặc khu');
    assert.deepEqual(
      zones.map((z) => [z.key, z.officialCode, z.name, z.fullName]),
      [
        ['hp/11914', '11914', 'Cát Hải', 'Đặc khu Cát Hải'],
        ['hp/11948', '11948', 'Bạch Long Vĩ', 'Đặc khu Bạch Long Vĩ'],
      ],
    );
  });

  it('gives Bạch Long Vĩ the five departments of its plan, none of them demo', () => {
    const departments = childrenOf('hp/11948').filter((u) => u.kind === 'department');
    assert.deepEqual(
      departments.map((d) => d.fullName),
      [
        'Phòng Văn hóa - Xã hội',
        'Văn phòng Ủy ban nhân dân đặc khu',
        'Phòng Kinh tế',
        'Trung tâm sự nghiệp công',
        'Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu',
      ],
    );
    assert.ok(departments.every((d) => !d.isDemo && !d.isFormer));
    assert.equal(byKey('hp/11948/phong-vhxh').typeLabel, 'phòng');
  });

  it('flags the invented local units of Bạch Long Vĩ as demo, and only them', () => {
    const agencies = childrenOf('hp/11948').filter((u) => u.kind === 'agency');
    assert.ok(agencies.length >= 10 && agencies.length <= 14, `found ${agencies.length}`);
    assert.ok(agencies.every((a) => a.isDemo));
    assert.ok(agencies.some((a) => a.fullName === 'Đồn Biên phòng Bạch Long Vĩ'));
    assert.deepEqual(
      tree.filter((u) => u.isDemo),
      agencies,
    );
  });

  it('gives Bạch Long Vĩ its one former unit, the old huyện, without a repeated district', () => {
    const former = childrenOf('hp/11948').filter((u) => u.kind === 'former');
    assert.deepEqual(
      former.map((f) => [f.key, f.name, f.fullName, f.isFormer, f.typeLabel]),
      [
        [
          'hp/11948/former/huyen-bach-long-vi',
          'Huyện Bạch Long Vĩ',
          'Huyện Bạch Long Vĩ',
          true,
          'đơn vị trước sắp xếp',
        ],
      ],
    );
  });

  it('attaches all 451 former-unit rows, each under its new unit', () => {
    const former = tree.filter((u) => u.kind === 'former');
    assert.equal(former.length, 451);
    assert.ok(former.every((f) => f.isFormer && byKey(f.parentKey ?? '').kind === 'commune'));
    assert.ok(tree.filter((u) => u.kind === 'commune').every((c) => childrenOf(c.key).length > 0));
  });

  it('shows the former district in the name of a former unit', () => {
    const unit = byKey('hp/10507/former/phuong-cam-thuong');
    assert.equal(unit.name, 'Phường Cẩm Thượng (Thành phố Hải Dương)');
    assert.equal(unit.fullName, 'Phường Cẩm Thượng');
  });

  it('puts a former unit split between three new units under each of them', () => {
    const copies = tree.filter((u) => u.name === 'Phường Gia Viên (Quận Ngô Quyền)');
    assert.deepEqual(
      copies.map((c) => c.key),
      [
        'hp/11311/former/phuong-gia-vien',
        'hp/11329/former/phuong-gia-vien',
        'hp/11359/former/phuong-gia-vien',
      ],
    );
  });

  it('includes the city emulation board under Sở Nội vụ', () => {
    const board = byKey('hp/so-noi-vu/ban-tdkt');
    assert.equal(board.fullName, 'Ban Thi đua - Khen thưởng');
    assert.equal(board.kind, 'city_agency');
    assert.equal(byKey('hp/so-noi-vu').parentKey, 'hp');
    assert.equal(byKey('hp/van-phong-ubnd').fullName, 'Văn phòng Ủy ban nhân dân thành phố');
  });

  it('has unique keys, and every parent comes before its children', () => {
    const seen = new Set<string>();
    for (const unit of tree) {
      assert.ok(!seen.has(unit.key), `duplicate ${unit.key}`);
      if (unit.parentKey !== null) assert.ok(seen.has(unit.parentKey), `${unit.key} before its parent`);
      seen.add(unit.key);
    }
  });

  it('gives official codes to the city and communes only', () => {
    assert.ok(tree.every((u) => (u.officialCode !== null) === (u.kind === 'city' || u.kind === 'commune')));
  });
});

describe('buildOrgTree validation', () => {
  const dropLine = (csv: string, pattern: string) =>
    csv
      .split('\n')
      .filter((line) => !line.includes(pattern))
      .join('\n');

  it('rejects a unit list with a missing commune, naming the counts', () => {
    const short = dropLine(unitsCsv, 'Đặc khu Cát Hải');
    const former = dropLine(formerCsv, '11914,');
    assert.throws(
      () => buildOrgTree(short, former),
      /expected 114 units, found 113[\s\S]*expected 2 đặc khu, found 1/,
    );
  });

  it('rejects a duplicate code', () => {
    const dup = unitsCsv.replace('10525,Phường Hải Dương', '10507,Phường Hải Dương');
    assert.throws(() => buildOrgTree(dup, formerCsv), /duplicate code/);
  });

  it('rejects a name whose type word disagrees with the type column', () => {
    const wrong = unitsCsv.replace('10507,Phường Thành Đông,phường', '10507,Xã Thành Đông,phường');
    assert.throws(() => buildOrgTree(wrong, formerCsv), /name does not match type/);
  });

  it('rejects a former unit pointing at an unknown code', () => {
    const stray = `${formerCsv.trimEnd()}\n99999,Xã Không Có,Xã Cũ,Huyện Cũ,1\n`;
    assert.throws(() => buildOrgTree(unitsCsv, stray), /no such unit code/);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n'), [
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('drops a byte-order mark and keeps a last line without a newline', () => {
    assert.deepEqual(parseCsv('\uFEFFcode,name\n1,An'), [
      ['code', 'name'],
      ['1', 'An'],
    ]);
  });

  it('maps records by header and complains about missing columns', () => {
    assert.deepEqual(parseCsvRecords('name,code\nAn,1\n', ['code', 'name']), [{ code: '1', name: 'An' }]);
    assert.throws(() => parseCsvRecords('name\nAn\n', ['code']), /lacks column\(s\): code/);
  });
});
