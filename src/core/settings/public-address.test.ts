import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  certificatesNeedAddressMessage,
  normalizePublicAddress,
  publicAddressProblem,
} from './public-address.ts';

describe('the public address of the installation', () => {
  test('accepts http(s) host names, ports and paths', () => {
    for (const ok of [
      'https://vinhdanh.haiphong.gov.vn',
      'http://192.168.1.10:3000',
      'https://haiphong.gov.vn/vinhdanh',
      'https://cong.haiphong.gov.vn:8443/ung-dung/vinh-danh',
    ]) {
      assert.equal(publicAddressProblem(ok), null, ok);
    }
  });

  test('refuses an empty address, another shape, a trailing slash and a query', () => {
    assert.equal(publicAddressProblem(''), 'chưa được đặt');
    for (const bad of [
      'vinhdanh.vn',
      'ftp://vinhdanh.vn',
      'https://vinhdanh.vn/',
      'https://a.vn?x=1',
      'https://',
    ]) {
      assert.match(publicAddressProblem(bad) ?? '', /phải có dạng https:\/\/tên-miền/, bad);
    }
    assert.match(publicAddressProblem('https://a.vn:70000') ?? '', /cổng/);
  });

  test('refuses addresses that only this machine can open', () => {
    for (const local of [
      'http://localhost:3000',
      'https://LOCALHOST',
      'http://127.0.0.1:3000',
      'http://127.1.2.3',
      'http://[::1]:3000',
      'http://0.0.0.0:3000',
      'http://app.localhost',
    ]) {
      assert.match(publicAddressProblem(local) ?? '', /localhost/, local);
    }
  });

  test('normalising trims spaces and trailing slashes only', () => {
    assert.equal(normalizePublicAddress(' https://vinhdanh.vn// '), 'https://vinhdanh.vn');
    assert.equal(normalizePublicAddress('https://a.vn/duong-dan/'), 'https://a.vn/duong-dan');
  });

  test('the refusal names the setting and every way to set it', () => {
    for (const message of [
      certificatesNeedAddressMessage(null),
      certificatesNeedAddressMessage('http://localhost:3000'),
    ]) {
      assert.match(message, /Địa chỉ công khai/);
      assert.match(message, /“Cài đặt”/);
      assert.match(message, /vinhdanh settings set public-url https:\/\//);
      assert.match(message, /--base-url/);
    }
    assert.match(certificatesNeedAddressMessage(null), /^Chưa đặt Địa chỉ công khai/);
    assert.match(
      certificatesNeedAddressMessage('http://localhost:3000'),
      /“http:\/\/localhost:3000” chỉ mở được/,
    );
  });
});
