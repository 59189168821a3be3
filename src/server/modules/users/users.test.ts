import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRecord } from '../../../shared/api/users.ts';
import {
  assertStatus,
  createUser,
  FACTORY_PASSWORD,
  UNIT_KEYS,
  unitByKey,
  userBody,
} from '../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';
import { listSubtree } from '../units/index.ts';

for (const engine of testEngines()) {
  describe(`users (${engine})`, () => {
    let t: TestApp;
    let admin: TestClient;
    let blvId: string;
    before(async () => {
      t = await createTestApp(engine);
      admin = await t.as('bachlongvi');
      blvId = (await unitByKey(t, UNIT_KEYS.bachLongVi)).id;
    });
    after(() => t.close());

    const usersNamed = async (username: string) =>
      t.handle.db.selectFrom('users').select('id').where('username', '=', username).execute();
    const sessionsOf = async (userId: string) =>
      t.handle.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute();

    test('a unit admin adds a user to a unit of their own, with roles; the user can sign in', async () => {
      const clinic = await unitByKey(t, UNIT_KEYS.bachLongViClinic);
      const body = userBody(clinic.id, {
        fullName: 'Lê Văn Y Tế',
        roles: [
          { role: 'nominator', unitId: clinic.id },
          { role: 'checkin', unitId: blvId },
        ],
      });
      const created = await createUser(admin, body);
      assert.deepEqual(
        [created.username, created.fullName, created.unitName, created.active],
        [body.username, 'Lê Văn Y Tế', 'Trạm Y tế đặc khu Bạch Long Vĩ', true],
      );
      assert.deepEqual(created.roles.map((r) => `${r.role}@${r.unitId}`).sort(), [
        `checkin@${blvId}`,
        `nominator@${clinic.id}`,
      ]);
      const me = await (await t.as(body.username, FACTORY_PASSWORD)).request('GET', '/api/auth/me');
      assert.equal(me.json().user.username, body.username);
    });

    test('a role on another commune cannot be granted, and no user is created', async () => {
      const catHai = await unitByKey(t, UNIT_KEYS.catHai);
      const body = userBody(blvId, { roles: [{ role: 'emulation_officer', unitId: catHai.id }] });
      const res = await admin.request('POST', '/api/users', body);
      assertStatus(res, [403, 404]);
      assert.deepEqual(await usersNamed(body.username), []);
    });

    test('only a system admin can make system admins', async () => {
      const body = userBody(blvId, { roles: [{ role: 'system_admin', unitId: blvId }] });
      const res = await admin.request('POST', '/api/users', body);
      assertStatus(res, 403);
      assert.match(res.json().error.message, /Chỉ quản trị hệ thống/);
      assert.deepEqual(await usersNamed(body.username), []);
      await createUser(
        await t.as('admin'),
        userBody(blvId, { roles: [{ role: 'system_admin', unitId: blvId }] }),
      );
    });

    test('a user name already taken (anywhere) gets 409 naming “Tên đăng nhập”', async () => {
      const res = await admin.request('POST', '/api/users', userBody(blvId, { username: 'cathai' }));
      assertStatus(res, 409);
      assert.equal(res.json().error.fields[0].path, 'username');
      assert.match(res.json().error.fields[0].message, /^Tên đăng nhập: "cathai" đã có người dùng/);
    });

    test('a user name with capitals, spaces or accents gets 400 with a Vietnamese message', async () => {
      for (const username of ['Nguyễn Văn A', 'ChuHoa', 'có dấu']) {
        const res = await admin.request('POST', '/api/users', userBody(blvId, { username }));
        assertStatus(res, 400);
        const field = res.json().error.fields.find((f: { path: string }) => f.path === 'username');
        assert.equal(
          field.message,
          'Tên đăng nhập: chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới',
        );
      }
    });

    test('deactivating a user ends their sessions and stops them signing in', async () => {
      const user = await createUser(admin, userBody(blvId));
      const client = await t.as(user.username, FACTORY_PASSWORD);
      assertStatus(await client.request('GET', '/api/auth/me'), 200);
      const res = await admin.request('PATCH', `/api/users/${user.id}`, {
        version: user.version,
        active: false,
      });
      assertStatus(res, 200);
      assert.equal(res.json().active, false);
      assert.deepEqual(await sessionsOf(user.id), []);
      assertStatus(await client.request('GET', '/api/auth/me'), 401);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: FACTORY_PASSWORD },
      });
      assertStatus(login, 401);
    });

    test('a password reset by the admin ends the user’s sessions; the new password works', async () => {
      const user = await createUser(admin, userBody(blvId));
      const client = await t.as(user.username, FACTORY_PASSWORD);
      const res = await admin.request('PATCH', `/api/users/${user.id}`, {
        version: user.version,
        password: 'dat-lai-2025',
      });
      assertStatus(res, 200);
      assertStatus(await client.request('GET', '/api/auth/me'), 401);
      await t.as(user.username, 'dat-lai-2025');
    });

    test('a commune admin cannot re-password, lock or strip a user who also holds roles above the commune', async () => {
      const city = await unitByKey(t, UNIT_KEYS.city);
      const body = userBody(blvId, { roles: [{ role: 'unit_admin', unitId: city.id }] });
      const cityOfficer = await createUser(await t.as('admin'), body);
      const url = `/api/users/${cityOfficer.id}`;
      const attempts = [
        { password: 'chiem-quyen-2025' },
        { active: false },
        { roles: [{ role: 'nominator', unitId: blvId }] },
      ];
      for (const change of attempts) {
        assertStatus(await admin.request('PATCH', url, { version: cityOfficer.version, ...change }), 403);
      }
      const me = await (await t.as(body.username, FACTORY_PASSWORD)).request('GET', '/api/auth/me');
      assert.deepEqual(
        me.json().user.roles.map((r: { role: string }) => r.role),
        ['unit_admin'],
      );
    });

    test('a unit admin cannot re-password, lock or strip a system admin of the same unit; the system admin can', async () => {
      const body = userBody(blvId, { roles: [{ role: 'system_admin', unitId: blvId }] });
      const sysAdmin = await createUser(await t.as('admin'), body);
      const url = `/api/users/${sysAdmin.id}`;
      for (const change of [
        { password: 'chiem-quyen-2025' },
        { active: false },
        { roles: [{ role: 'nominator', unitId: blvId }] },
      ]) {
        const res = await admin.request('PATCH', url, { version: sysAdmin.version, ...change });
        assertStatus(res, 403);
        assert.match(res.json().error.message, /quản trị hệ thống/);
      }
      const me = await (await t.as(body.username, FACTORY_PASSWORD)).request('GET', '/api/auth/me');
      assert.deepEqual(
        me.json().user.roles.map((r: { role: string }) => r.role),
        ['system_admin'],
      );
      const byPeer = await (await t.as('admin')).request('PATCH', url, {
        version: sysAdmin.version,
        password: 'dat-lai-2025',
      });
      assertStatus(byPeer, 200);
      await t.as(body.username, 'dat-lai-2025');
    });

    test('an admin cannot deactivate themselves', async () => {
      const me = (await admin.request('GET', '/api/auth/me')).json().user;
      const list = (await admin.request('GET', `/api/users?unitId=${me.unitId}`)).json()
        .users as UserRecord[];
      const self = list.find((u) => u.id === me.id);
      assert.ok(self);
      const res = await admin.request('PATCH', `/api/users/${self.id}`, {
        version: self.version,
        active: false,
      });
      assertStatus(res, 400);
      assert.match(res.json().error.message, /không thể tự khóa/);
    });

    test('an edit made from a stale version gets 409 and the newer edit stays', async () => {
      const user = await createUser(admin, userBody(blvId));
      const url = `/api/users/${user.id}`;
      assertStatus(
        await admin.request('PATCH', url, { version: user.version, fullName: 'Tên Mới Hơn' }),
        200,
      );
      const stale = await admin.request('PATCH', url, { version: user.version, fullName: 'Tên Cũ' });
      assertStatus(stale, 409);
      assert.match(stale.json().error.message, /^Người dùng vừa được người khác thay đổi/);
      const list = (await admin.request('GET', '/api/users')).json().users as UserRecord[];
      assert.equal(list.find((u) => u.id === user.id)?.fullName, 'Tên Mới Hơn');
    });

    test('the list holds exactly the users of the admin’s units, sorted by user name', async () => {
      await createUser(admin, userBody(blvId, { username: 'aaa.blv' }));
      const catHai = await unitByKey(t, UNIT_KEYS.catHai);
      await createUser(await t.as('cathai'), userBody(catHai.id, { username: 'aab.cathai' }));
      const users = (await admin.request('GET', '/api/users')).json().users as UserRecord[];
      const names = users.map((u) => u.username);
      assert.deepEqual(names, [...names].sort());
      const blvUnits = new Set(
        (await listSubtree(t.handle.db, (await unitByKey(t, UNIT_KEYS.bachLongVi)).path)).map((u) => u.id),
      );
      const expected = await t.handle.db.selectFrom('users').select(['username', 'unit_id']).execute();
      assert.deepEqual(
        names.slice().sort(),
        expected
          .filter((u) => blvUnits.has(u.unit_id))
          .map((u) => u.username)
          .sort(),
      );
      for (const name of ['aaa.blv', 'bachlongvi', 'lanhdao.blv', 'truonghoc.blv'])
        assert.ok(names.includes(name), name);
      for (const name of ['aab.cathai', 'cathai', 'thanhpho', 'admin'])
        assert.ok(!names.includes(name), name);
    });
  });
}
