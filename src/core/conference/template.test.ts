import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_TEMPLATE } from './default-template.ts';
import { instantiateTemplate } from './instantiate.ts';
import { conferenceName, conferenceNameLine2, fillTokens } from './template.ts';

const BLV = { typeLabel: 'đặc khu', name: 'Bạch Long Vĩ' };

describe('conference name by section 3.6 of the plan', () => {
  test('names the conference after the unit type and name', () => {
    assert.equal(conferenceName(BLV), 'Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ');
    assert.equal(
      conferenceName({ typeLabel: 'xã', name: 'An Phú' }),
      'Hội nghị tuyên dương điển hình tiên tiến xã An Phú',
    );
  });

  test('writes the ordinal in Roman numerals with the term', () => {
    assert.equal(conferenceNameLine2(1, '2025 - 2030'), 'Lần thứ I (2025 - 2030)');
    assert.equal(conferenceNameLine2(4, '2040 - 2045'), 'Lần thứ IV (2040 - 2045)');
  });

  test('names an agency without a type word in full', () => {
    assert.equal(
      conferenceName({ typeLabel: '', name: 'Sở Y tế' }),
      'Hội nghị tuyên dương điển hình tiên tiến Sở Y tế',
    );
  });
});

describe('creating a conference from the city template', () => {
  const draft = instantiateTemplate(DEFAULT_TEMPLATE, BLV);
  const json = JSON.stringify(draft);

  test('fills every token: no "{…}" is left in any text', () => {
    assert.doesNotMatch(json, /\{[A-Za-z_]+\}/);
  });

  test('carries the figures of the seed plan', () => {
    assert.equal(draft.deadline, '2025-08-25');
    assert.equal(draft.maxDelegates, 150);
    assert.equal(draft.exemplaryShare, 70);
    assert.equal(draft.guestShare, 30);
    assert.equal(draft.plan.programItems.length, 8);
    assert.equal(draft.plan.purposes.length, 4);
    assert.deepEqual(
      draft.plan.keyContents.map((k) => k.code),
      ['3.1', '3.2', '3.3', '3.4', '3.5'],
    );
    assert.equal(draft.plan.assignments.length, 5);
  });

  test('writes the unit into the texts of the plan', () => {
    assert.equal(draft.plan.issuingBody, 'ĐẶC KHU BẠCH LONG VĨ');
    assert.equal(draft.plan.place, 'Bạch Long Vĩ');
    assert.match(
      draft.plan.title,
      /^Tổ chức Hội nghị điển hình tiên tiến đặc khu Bạch Long Vĩ tiến tới Đại hội thi đua yêu nước thành phố Hải Phòng lần thứ I \(2025 - 2030\)$/,
    );
    assert.match(draft.plan.basis, /^Thực hiện Quyết định số 3194\/QĐ-UBND ngày 08\/8\/2025/);
    assert.equal(draft.plan.assignments[1].unitName, 'Văn phòng Ủy ban nhân dân đặc khu');
  });

  test('another unit gets its own words and none of Bạch Long Vĩ', () => {
    const other = JSON.stringify(instantiateTemplate(DEFAULT_TEMPLATE, { typeLabel: 'xã', name: 'An Lão' }));
    assert.doesNotMatch(other, /Bạch Long Vĩ|đặc khu/);
    assert.match(other, /xã An Lão/);
  });

  test('links assignees to units of the tree by name', () => {
    const linked = instantiateTemplate(DEFAULT_TEMPLATE, BLV, (name) =>
      name === 'Phòng Kinh tế' ? 'unit-kt' : null,
    );
    const kinhTe = linked.plan.assignments.find((a) => a.unitName === 'Phòng Kinh tế');
    assert.equal(kinhTe?.unitId, 'unit-kt');
    assert.equal(linked.plan.assignments[0].unitId, null);
  });

  test('leaves the template itself untouched', () => {
    assert.match(DEFAULT_TEMPLATE.plan.title, /\{donVi\}/);
  });
});

describe('tokens', () => {
  test('keeps unknown tokens as written so a typo stays visible', () => {
    assert.equal(fillTokens('{donVi} và {khongCo}', { donVi: 'xã A' }), 'xã A và {khongCo}');
  });
});
