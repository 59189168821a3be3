import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldVietnamese, matchesSearch, slugifyVietnamese } from './fold.ts';

describe('foldVietnamese', () => {
  it('removes tone and vowel marks and lowers the case', () => {
    assert.equal(foldVietnamese('Nguyễn Văn Hậu'), 'nguyen van hau');
    assert.equal(foldVietnamese('Ủy ban nhân dân'), 'uy ban nhan dan');
    assert.equal(foldVietnamese('Thư, Ơn, Ông, Ăn, Ân'), 'thu, on, ong, an, an');
  });

  it('turns đ and Đ into d', () => {
    assert.equal(foldVietnamese('ĐƯỜNG'), 'duong');
    assert.equal(foldVietnamese('Đặc khu'), 'dac khu');
    assert.equal(foldVietnamese('đ'), 'd');
  });

  it('collapses and trims whitespace, including tabs and non-breaking spaces', () => {
    assert.equal(foldVietnamese('  Bạch\tLong \u00a0 Vĩ \n'), 'bach long vi');
  });

  it('treats differently placed tone marks as equal', () => {
    assert.equal(foldVietnamese('Hoà'), foldVietnamese('Hòa'));
    assert.equal(foldVietnamese('Thuỵ'), foldVietnamese('Thụy'));
    assert.equal(foldVietnamese('Kiến Thuỵ'), 'kien thuy');
  });

  it('folds precomposed (NFC) and decomposed (NFD) input alike', () => {
    const nfc = 'Hậu'.normalize('NFC');
    const nfd = 'Hậu'.normalize('NFD');
    assert.notEqual(nfc, nfd);
    assert.equal(foldVietnamese(nfc), foldVietnamese(nfd));
  });
});

describe('matchesSearch', () => {
  it('finds a name typed without marks', () => {
    assert.equal(matchesSearch('Nguyễn Văn Hậu', 'hau'), true);
    assert.equal(matchesSearch('Đường Trần Hưng Đạo', 'DUONG'), true);
  });

  it('needs every query word, in any order', () => {
    assert.equal(matchesSearch('Nguyễn Văn Hậu', 'hau nguyen'), true);
    assert.equal(matchesSearch('Nguyễn Văn Hậu', 'hau tran'), false);
  });

  it('matches word fragments', () => {
    assert.equal(matchesSearch('Đặc khu Bạch Long Vĩ', 'bach lo'), true);
  });

  it('ignores tone placement in the query', () => {
    assert.equal(matchesSearch('Xã Việt Hòa', 'viet hoà'), true);
  });

  it('matches everything with an empty or blank query', () => {
    assert.equal(matchesSearch('Xã An Phú', ''), true);
    assert.equal(matchesSearch('Xã An Phú', '   '), true);
  });
});

describe('slugifyVietnamese', () => {
  it('makes hyphenated ASCII keys', () => {
    assert.equal(slugifyVietnamese('Phòng Văn hóa - Xã hội'), 'phong-van-hoa-xa-hoi');
    assert.equal(slugifyVietnamese('Phường Cẩm Thượng'), 'phuong-cam-thuong');
    assert.equal(slugifyVietnamese(' Sở Nội vụ! '), 'so-noi-vu');
  });
});
