import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Guest } from '../../../core/delegation/types.ts';
import { compareByGivenName } from '../../../core/vietnamese/collate.ts';
import type { DelegationResponse } from '../../../shared/api/delegation.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { auditActions } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';
import { addGuest, guestBody, guestEdit, guestsUrl } from './guests.fixture.ts';

for (const engine of testEngines()) {
  describe(`guests and leaders added by hand (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
    });
    after(() => t.close());

    const url = () => guestsUrl(t.demoConferenceId);
    const guestUrl = (g: Guest) => `${url()}/${g.id}`;
    const stored = (id: string) =>
      t.handle.db.selectFrom('delegate_guests').selectAll().where('id', '=', id).executeTakeFirst();
    const delegation = async () => {
      const res = await officer.request('GET', `/api/conferences/${t.demoConferenceId}/delegates`);
      assertStatus(res, 200);
      return res.json() as DelegationResponse;
    };

    test('a leader added by hand is stored, audited and becomes a candidate with the unit’s name', async () => {
      const office = await unitByKey(t, UNIT_KEYS.bachLongViOffice);
      const body = guestBody({ name: '  Trần   Văn Minh ', nominatingUnitId: office.id, directWorker: true });
      const guest = await addGuest(officer, t.demoConferenceId, body);
      assert.equal(guest.name, 'Trần Văn Minh');
      assert.equal(guest.version, 1);
      assert.equal(guest.conferenceId, t.demoConferenceId);
      assert.deepEqual(await auditActions(t, guest.id), ['delegate_guest.created']);
      const candidate = (await delegation()).candidates.find((c) => c.id === guest.id);
      assert.ok(candidate, 'the leader is a candidate');
      assert.equal(candidate.source, 'guest');
      assert.equal(candidate.category, 'lanh_dao');
      assert.equal(candidate.nominatingUnitName, office.fullName);
      assert.equal(candidate.score, 0, 'leaders score their base weight only (0 by default)');
    });

    test('the guest list gives each guest with its version, in given-name order', async () => {
      const guest = await addGuest(officer, t.demoConferenceId, guestBody({ name: 'Trần Thị Ánh Ba' }));
      const res = await officer.request('GET', url());
      assertStatus(res, 200);
      const { guests } = res.json() as { guests: Guest[] };
      assert.deepEqual(
        guests.find((g) => g.id === guest.id),
        guest,
      );
      const names = guests.map((g) => g.name);
      assert.deepEqual(names, [...names].sort(compareByGivenName));
      assertStatus(await (await t.as('truonghoc.blv')).request('GET', url()), 404);
    });

    test('an edit at the loaded version is saved; a second edit from the same version gets 409', async () => {
      const guest = await addGuest(officer, t.demoConferenceId);
      const first = await officer.request('PUT', guestUrl(guest), guestEdit(guest, { position: 'Bí thư' }));
      assertStatus(first, 200);
      assert.equal(first.json().version, 2);
      const stale = await officer.request('PUT', guestUrl(guest), guestEdit(guest, { position: 'Chủ tịch' }));
      assertStatus(stale, 409);
      assert.match(stale.json().error.message, /vừa được người khác thay đổi/);
      assert.equal((await stored(guest.id))?.position, 'Bí thư');
      assert.deepEqual(await auditActions(t, guest.id), ['delegate_guest.created', 'delegate_guest.updated']);
    });

    test('a delete needs the current version: a stale one gets 409 and keeps the guest', async () => {
      const guest = await addGuest(officer, t.demoConferenceId);
      const edited = (
        await officer.request('PUT', guestUrl(guest), guestEdit(guest, { gender: 'nu' }))
      ).json();
      assertStatus(await officer.request('DELETE', `${guestUrl(guest)}?version=${guest.version}`), 409);
      assert.ok(await stored(guest.id));
      assertStatus(await officer.request('DELETE', `${guestUrl(guest)}?version=${edited.version}`), 204);
      assert.equal(await stored(guest.id), undefined);
      assert.equal((await auditActions(t, guest.id)).at(-1), 'delegate_guest.deleted');
      assert.ok(!(await delegation()).candidates.some((c) => c.id === guest.id));
    });

    test('codes outside the reference lists are refused, each message naming its field', async () => {
      const body = guestBody({ ethnicCode: '99', fieldCode: 'khong-co', priorityAreas: ['x', 'x'] });
      const res = await officer.request('POST', url(), body);
      assertStatus(res, 400);
      const messages = (res.json().error.fields as Array<{ message: string }>).map((f) => f.message);
      assert.ok(messages.includes('Dân tộc: mã "99" không có trong danh mục'), messages.join('\n'));
      assert.ok(messages.includes('Lĩnh vực: mã "khong-co" không có trong danh mục'));
      assert.ok(messages.includes('Lĩnh vực ưu tiên: "x" được ghi hai lần'));
      assert.ok(!(await delegation()).candidates.some((c) => c.name === body.name));
    });

    test('the nominating unit must be a current unit of the conference’s territory', async () => {
      const catHai = await unitByKey(t, UNIT_KEYS.catHai);
      const res = await officer.request('POST', url(), guestBody({ nominatingUnitId: catHai.id }));
      assertStatus(res, 400);
      assert.match(res.json().error.message, /Đơn vị đề cử: không thuộc địa bàn của hội nghị/);
    });

    test('a birth year outside ages 16 to 100 and a one-letter name are refused in Vietnamese', async () => {
      const res = await officer.request('POST', url(), guestBody({ birthYear: 2015 }));
      assertStatus(res, 400);
      assert.match(
        res.json().error.message,
        /Năm sinh: tuổi phải từ 16 đến 100, tức năm sinh từ 1925 đến 2009/,
      );
      const short = await officer.request('POST', url(), guestBody({ name: 'A' }));
      assertStatus(short, 400);
      assert.match(short.json().error.message, /Tên/);
    });

    test('a guest is reached only through its own conference', async () => {
      const guest = await addGuest(officer, t.demoConferenceId);
      const other = await officer.request('POST', '/api/conferences', {
        unitId: (await unitByKey(t, UNIT_KEYS.bachLongVi)).id,
      });
      assertStatus(other, 201);
      const wrong = `${guestsUrl(other.json().id)}/${guest.id}`;
      assertStatus(await officer.request('PUT', wrong, guestEdit(guest, { name: 'Đổi Tên Khác' })), 404);
      assertStatus(await officer.request('DELETE', `${wrong}?version=1`), 404);
      assert.equal((await stored(guest.id))?.name, guest.name);
    });

    test('the leader may read the delegation but not add a guest (403); nothing is stored', async () => {
      const leader = await t.as('lanhdao.blv');
      assertStatus(await leader.request('GET', `/api/conferences/${t.demoConferenceId}/delegates`), 200);
      const body = guestBody();
      const res = await leader.request('POST', url(), body);
      assertStatus(res, 403);
      assert.match(res.json().error.message, /không có quyền/);
      const rows = await t.handle.db
        .selectFrom('delegate_guests')
        .select('id')
        .where('name', '=', body.name)
        .execute();
      assert.equal(rows.length, 0);
    });
  });
}
