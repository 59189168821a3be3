import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskCitizenId, maskPersonalData, maskPhone } from './masking.ts';

describe('maskCitizenId', () => {
  const cases: Array<[string, string]> = [
    ['001085012345', '********2345'],
    [' 031190123456 ', '********3456'],
    ['', ''],
    ['   ', ''],
    ['1234', '****'],
    ['12345', '*2345'],
  ];
  for (const [input, output] of cases)
    it(`"${input}" → "${output}"`, () => assert.equal(maskCitizenId(input), output));
});

describe('maskPhone', () => {
  const cases: Array<[string, string]> = [
    ['0912345678', '0912***678'],
    ['02253123456', '0225****456'],
    ['', ''],
    ['0912345', '*******'],
    ['09123456', '0912*456'],
  ];
  for (const [input, output] of cases)
    it(`"${input}" → "${output}"`, () => assert.equal(maskPhone(input), output));
});

describe('maskPersonalData', () => {
  const record = { name: 'Nguyễn Văn Hậu', citizenId: '001085012345', phone: '0912345678' };

  it('masks both fields for a user without the right, leaving the rest', () =>
    assert.deepEqual(maskPersonalData(record, false), {
      name: 'Nguyễn Văn Hậu',
      citizenId: '********2345',
      phone: '0912***678',
      personalMasked: true,
    }));

  it('shows them to a user with the right', () =>
    assert.deepEqual(maskPersonalData(record, true), { ...record, personalMasked: false }));

  it('does not change the record it was given', () => {
    maskPersonalData(record, false);
    assert.equal(record.citizenId, '001085012345');
  });
});
