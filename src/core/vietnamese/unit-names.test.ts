import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinUnitName, splitUnitName } from './unit-names.ts';

describe('splitUnitName', () => {
  it('splits the three commune-level types', () => {
    assert.deepEqual(splitUnitName('Phường Thành Đông'), { typeLabel: 'phường', name: 'Thành Đông' });
    assert.deepEqual(splitUnitName('Xã An Phú'), { typeLabel: 'xã', name: 'An Phú' });
    assert.deepEqual(splitUnitName('Đặc khu Bạch Long Vĩ'), { typeLabel: 'đặc khu', name: 'Bạch Long Vĩ' });
  });

  it('accepts any case and extra whitespace', () => {
    assert.deepEqual(splitUnitName('  ĐẶC KHU   Cát Hải '), { typeLabel: 'đặc khu', name: 'Cát Hải' });
    assert.deepEqual(splitUnitName('xã Việt Hòa'), { typeLabel: 'xã', name: 'Việt Hòa' });
  });

  it('accepts decomposed (NFD) input', () => {
    assert.deepEqual(splitUnitName('Phường Lê Thanh Nghị'.normalize('NFD')), {
      typeLabel: 'phường',
      name: 'Lê Thanh Nghị',
    });
  });

  it('does not take a name that merely begins like a type word', () => {
    assert.throws(() => splitUnitName('Xãhội'), /Not a commune-level unit name/);
  });

  it('rejects other unit types and bare type words', () => {
    assert.throws(() => splitUnitName('Huyện Bạch Long Vĩ'), /Not a commune-level unit name/);
    assert.throws(() => splitUnitName('Thị trấn Cát Bà'), /Not a commune-level unit name/);
    assert.throws(() => splitUnitName('Phường'), /Not a commune-level unit name/);
  });
});

describe('joinUnitName', () => {
  it('round-trips with splitUnitName', () => {
    for (const full of ['Phường Thành Đông', 'Xã An Phú', 'Đặc khu Bạch Long Vĩ']) {
      const { typeLabel, name } = splitUnitName(full);
      assert.equal(joinUnitName(typeLabel, name), full);
    }
  });
});
