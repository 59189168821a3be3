import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from './config.ts';

describe('settings from the environment', () => {
  test('the public address for certificate QR codes is read from VINHDANH_PUBLIC_URL', () => {
    assert.equal(
      loadConfig({}, { VINHDANH_PUBLIC_URL: 'https://vinhdanh.haiphong.gov.vn' }).publicUrl,
      'https://vinhdanh.haiphong.gov.vn',
    );
    assert.equal(loadConfig({}, {}).publicUrl, undefined);
    assert.equal(
      loadConfig({}, { VINHDANH_PUBLIC_URL: 'https://haiphong.gov.vn/vinhdanh' }).publicUrl,
      'https://haiphong.gov.vn/vinhdanh',
    );
  });

  test('a public address without a scheme or with a trailing slash is refused with a Vietnamese message', () => {
    assert.throws(
      () => loadConfig({}, { VINHDANH_PUBLIC_URL: 'vinhdanh.vn' }),
      /VINHDANH_PUBLIC_URL phải có dạng/,
    );
    assert.throws(
      () => loadConfig({}, { VINHDANH_PUBLIC_URL: 'https://vinhdanh.vn/' }),
      /VINHDANH_PUBLIC_URL/,
    );
  });

  test('every problem is listed at once', () => {
    assert.throws(
      () => loadConfig({}, { PORT: 'abc', DATABASE_URL: 'mysql://x' }),
      (e: Error) => e.message.includes('port') && e.message.includes('DATABASE_URL'),
    );
  });
});
