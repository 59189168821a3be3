import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountInWords, formatDong, formatNumberVi } from './money.ts';

describe('formatNumberVi', () => {
  it('groups thousands with dots', () => {
    assert.equal(formatNumberVi(1234567), '1.234.567');
    assert.equal(formatNumberVi(1234), '1.234');
    assert.equal(formatNumberVi(150), '150');
    assert.equal(formatNumberVi(0), '0');
  });

  it('writes decimals with a comma', () => {
    assert.equal(formatNumberVi(0.3), '0,3');
    assert.equal(formatNumberVi(1234.5), '1.234,5');
    assert.equal(formatNumberVi(6.87), '6,87');
  });

  it('rejects NaN and infinity', () => {
    assert.throws(() => formatNumberVi(Number.NaN));
    assert.throws(() => formatNumberVi(Number.POSITIVE_INFINITY));
  });
});

describe('formatDong', () => {
  it('writes whole đồng with the unit after a space', () => {
    assert.equal(formatDong(2340000), '2.340.000 đ');
    assert.equal(formatDong(40000), '40.000 đ');
    assert.equal(formatDong(0), '0 đ');
  });

  it('refuses fractions of a đồng', () => {
    assert.throws(() => formatDong(1000.5), /whole number of đồng/);
  });
});

describe('amountInWords', () => {
  it('reads 105.000 with "linh" (the package default "lẻ" is overridden)', () => {
    assert.equal(amountInWords(105000), 'Một trăm linh năm nghìn đồng');
  });

  it('reads an award total', () => {
    assert.equal(amountInWords(2340000), 'Hai triệu ba trăm bốn mươi nghìn đồng');
  });

  it('reads billions with "tỷ", "tư" for a trailing four and "không trăm" for inner zeros', () => {
    assert.equal(
      amountInWords(1234567890),
      'Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng',
    );
    assert.equal(amountInWords(2001000), 'Hai triệu không trăm linh một nghìn đồng');
  });

  it('reads zero', () => {
    assert.equal(amountInWords(0), 'Không đồng');
  });

  it('uses "mốt" and "lăm" after tens', () => {
    assert.equal(amountInWords(21000), 'Hai mươi mốt nghìn đồng');
    assert.equal(amountInWords(15000), 'Mười lăm nghìn đồng');
  });

  it('refuses fractions of a đồng', () => {
    assert.throws(() => amountInWords(0.5), /whole number of đồng/);
  });
});
