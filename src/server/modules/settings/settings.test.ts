import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PublicAddressView } from '../../../shared/api/settings.ts';
import { assertStatus } from '../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

const URL = '/api/settings/public-address';

/** The public address in Cài đặt: read by anyone signed in, set by the system administrator only. */
for (const engine of testEngines()) {
  describe(`installation settings: the public address (${engine})`, () => {
    let t: TestApp;
    let admin: TestClient;
    before(async () => {
      t = await createTestApp(engine);
      admin = await t.as('admin');
    });
    after(() => t.close());

    test('a new installation has no public address, and says why certificates cannot be printed', async () => {
      const leader = await t.as('lanhdao.blv');
      const res = await leader.request('GET', URL);
      assertStatus(res, 200);
      assert.deepEqual(res.json(), {
        value: null,
        source: null,
        saved: null,
        problem: 'chưa được đặt',
        version: 0,
      } satisfies PublicAddressView);
      assertStatus(await t.app.inject({ method: 'GET', url: URL }), 401);
    });

    test('only the system administrator sets it; a unit administrator gets 403 and nothing is saved', async () => {
      const unitAdmin = await t.as('bachlongvi');
      const refused = await unitAdmin.request('PUT', URL, {
        version: 0,
        publicUrl: 'https://vinhdanh.haiphong.gov.vn',
      });
      assertStatus(refused, 403);
      assert.match(refused.json().error.message, /Chỉ quản trị hệ thống/);
      assert.equal(((await admin.request('GET', URL)).json() as PublicAddressView).version, 0);
    });

    test('an address of another shape or of this machine is refused naming the field', async () => {
      for (const [publicUrl, why] of [
        ['vinhdanh.haiphong.gov.vn', /phải có dạng https:\/\/tên-miền/],
        ['http://localhost:3000', /localhost/],
        ['http://127.0.0.1:3000', /localhost/],
        ['', /chưa nhập/],
      ] as const) {
        const res = await admin.request('PUT', URL, { version: 0, publicUrl });
        assertStatus(res, 400);
        const field = res.json().error.fields[0];
        assert.equal(field.path, 'publicUrl');
        assert.match(field.message, /^Địa chỉ công khai: /);
        assert.match(field.message, why);
      }
    });

    test('saving is versioned and audited; a trailing slash is dropped; a stale save is 409', async () => {
      const saved = await admin.request('PUT', URL, {
        version: 0,
        publicUrl: ' https://vinhdanh.haiphong.gov.vn/ ',
      });
      assertStatus(saved, 200);
      assert.deepEqual(saved.json(), {
        value: 'https://vinhdanh.haiphong.gov.vn',
        source: 'setting',
        saved: 'https://vinhdanh.haiphong.gov.vn',
        problem: null,
        version: 1,
      } satisfies PublicAddressView);
      const stale = await admin.request('PUT', URL, { version: 0, publicUrl: 'https://khac.gov.vn' });
      assertStatus(stale, 409);
      const moved = await admin.request('PUT', URL, {
        version: 1,
        publicUrl: 'https://haiphong.gov.vn/vinh-danh',
      });
      assertStatus(moved, 200);
      assert.equal((moved.json() as PublicAddressView).version, 2);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'before', 'after', 'username'])
        .where('entity_type', '=', 'installation_setting')
        .orderBy('id')
        .execute();
      assert.deepEqual(audit, [
        {
          action: 'settings.public_url_updated',
          before: null,
          after: { publicUrl: 'https://vinhdanh.haiphong.gov.vn' },
          username: 'admin',
        },
        {
          action: 'settings.public_url_updated',
          before: { publicUrl: 'https://vinhdanh.haiphong.gov.vn' },
          after: { publicUrl: 'https://haiphong.gov.vn/vinh-danh' },
          username: 'admin',
        },
      ]);
    });

    test('VINHDANH_PUBLIC_URL overrides the saved address, which stays shown', async () => {
      t.ctx.publicUrl = 'https://cong.haiphong.gov.vn';
      try {
        const res = (await admin.request('GET', URL)).json() as PublicAddressView;
        assert.equal(res.value, 'https://cong.haiphong.gov.vn');
        assert.equal(res.source, 'environment');
        assert.equal(res.saved, 'https://haiphong.gov.vn/vinh-danh');
      } finally {
        t.ctx.publicUrl = undefined;
      }
    });
  });
}
