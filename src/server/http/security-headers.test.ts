import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../app.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/** The headers that keep a browser safe: no inline scripts anywhere, HTTPS-only headers only over HTTPS. */
describe('security headers', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite');
  });
  after(() => t.close());

  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );

  test('scripts run only from the app’s own files: no inline script is allowed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    const csp = directives(String(res.headers['content-security-policy']));
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
  });

  test('over plain HTTP neither HSTS nor upgrade-insecure-requests is sent (they would lock users out)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    assert.equal(res.headers['strict-transport-security'], undefined);
    assert.equal(
      directives(String(res.headers['content-security-policy'])).has('upgrade-insecure-requests'),
      false,
    );
  });

  test('an installation served over HTTPS (secure cookies) sends both', async () => {
    const app = await buildApp({ ctx: t.ctx, logLevel: 'silent', secureCookies: true });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me' });
      assert.match(String(res.headers['strict-transport-security']), /max-age=31536000; includeSubDomains/);
      assert.equal(
        directives(String(res.headers['content-security-policy'])).has('upgrade-insecure-requests'),
        true,
      );
      assert.deepEqual(directives(String(res.headers['content-security-policy'])).get('script-src'), [
        "'self'",
      ]);
    } finally {
      await app.close();
    }
  });
});
