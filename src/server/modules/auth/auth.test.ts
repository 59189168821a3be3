import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../../app.ts';
import { SESSION_COOKIE } from '../../http/session-hook.ts';
import { DEMO_PASSWORD } from '../../seed/demo.ts';
import {
  assertStatus,
  conferenceEdit,
  createUser,
  FACTORY_PASSWORD,
  UNIT_KEYS,
  unitByKey,
  userBody,
} from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

const WRONG_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';

for (const engine of testEngines()) {
  describe(`signing in and sessions (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    const login = (username: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

    /** A fresh Bạch Long Vĩ officer, so a test may lock or re-password them without touching others. */
    async function freshUser(): Promise<{ username: string; id: string }> {
      const admin = await t.as('admin');
      const blv = await unitByKey(t, UNIT_KEYS.bachLongVi);
      const user = await createUser(admin, userBody(blv.id));
      return { username: user.username, id: user.id };
    }

    test('a correct login sets an HttpOnly, SameSite=Lax session cookie and returns the user and a CSRF token', async () => {
      const res = await login('bachlongvi', DEMO_PASSWORD);
      assertStatus(res, 200);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      assert.ok(cookie, 'no session cookie');
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.path, '/');
      const body = res.json();
      assert.equal(body.user.username, 'bachlongvi');
      assert.equal(body.user.unitName, 'Phòng Văn hóa - Xã hội');
      assert.ok(body.csrfToken.length >= 20);
      assert.ok(!res.body.includes(cookie.value), 'the session token must only travel in the cookie');
    });

    test('a wrong password gets 401 with the Vietnamese message and no cookie', async () => {
      const res = await login('lanhdao.blv', 'not-the-password');
      assertStatus(res, 401);
      assert.equal(res.json().error.message, WRONG_LOGIN);
      assert.equal(res.headers['set-cookie'], undefined);
    });

    test('an unknown user gets exactly the same answer as a wrong password (no user enumeration)', async () => {
      const unknown = await login('khong-co-nguoi-nay', 'not-the-password');
      const wrong = await login('lanhdao.blv', 'not-the-password');
      assert.equal(unknown.statusCode, wrong.statusCode);
      assert.deepEqual(unknown.json(), wrong.json());
      assert.equal(unknown.headers['set-cookie'], undefined);
    });

    test('after five wrong passwords even the right one is refused with 429 and a Vietnamese message', async () => {
      const { username } = await freshUser();
      for (let i = 0; i < 5; i++) assertStatus(await login(username, 'sai-mat-khau'), 401);
      const res = await login(username, FACTORY_PASSWORD);
      assertStatus(res, 429);
      assert.match(res.json().error.message, /tạm khóa 15 phút/);
      assert.equal(res.headers['set-cookie'], undefined);
      assertStatus(await login('lanhdao.blv', DEMO_PASSWORD), 200);
    });

    test('a change without the CSRF token, or with a wrong one, gets 403 and changes nothing', async () => {
      const blv = await t.as('bachlongvi');
      const before = (await blv.request('GET', `/api/conferences/${t.demoConferenceId}`)).json();
      const edit = conferenceEdit(before, { maxDelegates: 99 });
      for (const headers of [{ cookie: blv.cookie }, { cookie: blv.cookie, 'x-csrf-token': 'gia-mao' }]) {
        const res = await t.app.inject({
          method: 'PUT',
          url: `/api/conferences/${t.demoConferenceId}`,
          headers,
          payload: edit,
        });
        assertStatus(res, 403);
        assert.match(res.json().error.message, /mã bảo vệ \(CSRF\)/);
      }
      const afterwards = (await blv.request('GET', `/api/conferences/${t.demoConferenceId}`)).json();
      assert.equal(afterwards.version, before.version);
      assert.equal(afterwards.maxDelegates, before.maxDelegates);
    });

    test('without a session the API answers 401', async () => {
      for (const url of ['/api/auth/me', '/api/conferences', '/api/units']) {
        const res = await t.app.inject({ method: 'GET', url });
        assertStatus(res, 401);
        assert.match(res.json().error.message, /đăng nhập/);
      }
      const forged = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: `${SESSION_COOKIE}=forged` },
      });
      assertStatus(forged, 401);
    });

    test('logging out deletes the session: the old cookie gets 401', async () => {
      const client = await t.as('lanhdao.blv');
      assertStatus(await client.request('GET', '/api/auth/me'), 200);
      const res = await client.request('POST', '/api/auth/logout');
      assertStatus(res, 204);
      assertStatus(await client.request('GET', '/api/auth/me'), 401);
    });

    test('sessions live in the database, so a second server process accepts the same cookie', async () => {
      const client = await t.as('bachlongvi');
      const second = await buildApp({ ctx: { db: t.handle.db, now: t.ctx.now }, logLevel: 'silent' });
      try {
        const res = await second.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: client.cookie },
        });
        assertStatus(res, 200);
        assert.equal(res.json().user.username, 'bachlongvi');
        assert.equal(res.json().csrfToken, client.csrfToken);
      } finally {
        await second.close();
      }
    });

    test('changing one’s password needs the current one; then the new one works and the old one does not', async () => {
      const { username } = await freshUser();
      const client = await t.as(username, FACTORY_PASSWORD);
      const newPassword = 'mat-khau-moi-2025';
      const refused = await client.request('POST', '/api/auth/password', {
        password: 'sai-mat-khau',
        newPassword,
      });
      assertStatus(refused, 400);
      assert.match(refused.json().error.message, /Mật khẩu hiện tại không đúng/);
      assertStatus(await login(username, FACTORY_PASSWORD), 200);

      assertStatus(
        await client.request('POST', '/api/auth/password', { password: FACTORY_PASSWORD, newPassword }),
        204,
      );
      assertStatus(await login(username, FACTORY_PASSWORD), 401);
      assertStatus(await login(username, newPassword), 200);
      assertStatus(await client.request('GET', '/api/auth/me'), 200);
    });

    test('a new password shorter than 8 characters is refused with the field named', async () => {
      const client = await t.as('lanhdao.blv');
      const res = await client.request('POST', '/api/auth/password', {
        password: DEMO_PASSWORD,
        newPassword: 'ngan',
      });
      assertStatus(res, 400);
      assert.match(res.json().error.fields[0].message, /^Mật khẩu mới: phải có ít nhất 8 ký tự/);
    });

    test('the users table keeps only a salted scrypt hash, never the password', async () => {
      const { id } = await freshUser();
      const rows = await t.handle.db.selectFrom('users').select(['id', 'password_hash']).execute();
      const mine = rows.find((r) => r.id === id);
      assert.ok(mine);
      for (const row of rows) {
        assert.match(row.password_hash, /^scrypt\$/);
        assert.ok(
          !row.password_hash.includes(DEMO_PASSWORD) && !row.password_hash.includes(FACTORY_PASSWORD),
        );
      }
      const demoHashes = rows.filter((r) => r.id !== id).map((r) => r.password_hash);
      assert.equal(
        new Set(demoHashes).size,
        demoHashes.length,
        'same password, different salt, different hash',
      );
    });
  });

  describe(`session lifetime (${engine})`, () => {
    let t: TestApp;
    let now = new Date('2025-08-15T02:00:00.000Z');
    before(async () => {
      t = await createTestApp(engine, { now: () => now });
    });
    after(() => t.close());

    test('a session unused for more than 12 hours has expired: 401', async () => {
      now = new Date('2025-08-15T02:00:00.000Z');
      const client = await t.as('bachlongvi');
      now = new Date('2025-08-15T14:00:01.000Z');
      assertStatus(await client.request('GET', '/api/auth/me'), 401);
    });

    test('a session in use stays open: each visit pushes the end 12 hours further', async () => {
      now = new Date('2025-08-15T02:00:00.000Z');
      const client = await t.as('bachlongvi');
      now = new Date('2025-08-15T13:00:00.000Z');
      assertStatus(await client.request('GET', '/api/auth/me'), 200);
      now = new Date('2025-08-16T00:30:00.000Z');
      assertStatus(await client.request('GET', '/api/auth/me'), 200);
      now = new Date('2025-08-16T12:30:01.000Z');
      assertStatus(await client.request('GET', '/api/auth/me'), 401);
    });
  });

  describe(`login rate limit per address (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine, { loginRateLimit: 3 });
    });
    after(() => t.close());

    test('the fourth login request from one address within a minute gets 429 in Vietnamese', async () => {
      const attempt = (remoteAddress: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress,
          payload: { username: 'bachlongvi', password: DEMO_PASSWORD },
        });
      for (let i = 0; i < 3; i++) assertStatus(await attempt('203.0.113.7'), 200);
      const limited = await attempt('203.0.113.7');
      assertStatus(limited, 429);
      assert.match(limited.json().error.message, /quá nhiều lần/);
      assert.equal(limited.headers['set-cookie'], undefined);
      assertStatus(await attempt('203.0.113.8'), 200);
    });

    test('a made-up X-Forwarded-For header does not reset the per-address limit', async () => {
      const attempt = (i: number) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '203.0.113.9',
          headers: { 'x-forwarded-for': `10.9.9.${i}` },
          payload: { username: `khong-co-${i}`, password: 'sai-mat-khau' },
        });
      for (let i = 0; i < 3; i++) await attempt(i);
      assertStatus(await attempt(3), 429);
    });
  });
}
