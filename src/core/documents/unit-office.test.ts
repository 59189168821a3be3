import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chiefOfOffice, defaultHasCouncil, type UnitForOffice, unitOffice } from './unit-office.ts';

const unit = (over: Partial<UnitForOffice>): UnitForOffice => ({
  kind: 'commune',
  typeLabel: 'xã',
  name: 'An Phú',
  officialCode: '11000',
  hasCouncil: null,
  officeName: null,
  ...over,
});

describe("a unit's office (docs/rules/documents.md)", () => {
  test('a xã or phường has a council: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Phú"', () => {
    assert.deepEqual(unitOffice(unit({})), {
      hasCouncil: true,
      officeName: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Phú',
      shortName: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
      custom: false,
    });
    assert.equal(
      unitOffice(unit({ typeLabel: 'phường', name: 'Lê Chân' })).officeName,
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Lê Chân',
    );
  });

  test('Bạch Long Vĩ has no council: "Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ"; Cát Hải has one', () => {
    const blv = unitOffice(unit({ typeLabel: 'đặc khu', name: 'Bạch Long Vĩ', officialCode: '11948' }));
    assert.deepEqual(blv, {
      hasCouncil: false,
      officeName: 'Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ',
      shortName: 'Văn phòng Ủy ban nhân dân đặc khu',
      custom: false,
    });
    assert.equal(defaultHasCouncil({ kind: 'commune', typeLabel: 'đặc khu', officialCode: '11914' }), true);
  });

  test('the city is served by the office of its Ủy ban nhân dân', () => {
    const city = unitOffice(
      unit({ kind: 'city', typeLabel: 'thành phố', name: 'Hải Phòng', officialCode: '31' }),
    );
    assert.equal(city.officeName, 'Văn phòng Ủy ban nhân dân thành phố Hải Phòng');
  });

  test("the unit's own settings win: a council said, or a name written", () => {
    assert.equal(unitOffice(unit({ hasCouncil: false })).officeName, 'Văn phòng Ủy ban nhân dân xã An Phú');
    const named = unitOffice(unit({ officeName: '  Văn phòng Đảng ủy, HĐND và UBND xã An Phú ' }));
    assert.deepEqual(
      [named.officeName, named.shortName, named.custom],
      ['Văn phòng Đảng ủy, HĐND và UBND xã An Phú', 'Văn phòng Đảng ủy, HĐND và UBND xã An Phú', true],
    );
  });

  test('its head: "Chánh Văn phòng …"', () => {
    assert.equal(
      chiefOfOffice('Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ'),
      'Chánh Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ',
    );
    assert.equal(chiefOfOffice('văn phòng UBND xã'), 'Chánh Văn phòng UBND xã');
  });
});
