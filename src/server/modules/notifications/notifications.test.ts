import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NominationRecord, NotificationRecord } from '../../../shared/api/nominations.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { actOk, addNomination, individualBody } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

interface Inbox {
  notifications: NotificationRecord[];
  unread: number;
}

/** When a nomination changes state the other side hears of it; each user reads and clears only their own. */
for (const engine of testEngines()) {
  describe(`notifications (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let officer: TestClient;
    let schoolId: string;
    before(async () => {
      t = await createTestApp(engine);
      [school, officer] = await Promise.all([t.as('truonghoc.blv'), t.as('bachlongvi')]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
    });
    after(() => t.close());

    const inbox = async (client: TestClient): Promise<Inbox> => {
      const res = await client.request('GET', '/api/notifications');
      assertStatus(res, 200);
      return res.json() as Inbox;
    };
    const about = (box: Inbox, n: NominationRecord) =>
      box.notifications.filter((x) => x.link?.endsWith(`/nominations/${n.id}`));
    const submitted = async () =>
      actOk(school, await addNomination(school, t.demoConferenceId, individualBody(schoolId)), 'submit');

    test('a submission reaches bachlongvi, unread, with a link to the nomination', async () => {
      const before = await inbox(officer);
      const n = await submitted();
      const after = await inbox(officer);
      const [note] = about(after, n);
      assert.ok(note, 'bachlongvi is told');
      assert.equal(note.read, false);
      assert.equal(note.link, `/conferences/${t.demoConferenceId}/nominations/${n.id}`);
      assert.match(note.message, new RegExp(`Đề cử số ${n.number} \\(${n.name}\\).*Đã gửi`));
      assert.equal(after.unread, before.unread + 1);
      assert.deepEqual(about(await inbox(school), n), [], 'the school is not told of its own step');
    });

    test('a return reaches the school’s nominator with the reason; acceptance reaches it too', async () => {
      const n = await submitted();
      const reason = 'Biên bản bình xét chưa có chữ ký của chủ tọa.';
      const returned = await actOk(officer, n, 'return', { reason });
      const notes = about(await inbox(school), n);
      assert.equal(notes.length, 1);
      assert.equal(notes[0].read, false);
      assert.match(notes[0].message, /Trả lại/);
      assert.ok(notes[0].message.includes(reason), notes[0].message);
      const again = await actOk(school, returned, 'submit');
      await actOk(officer, again, 'accept');
      const latest = about(await inbox(school), n);
      assert.equal(latest.length, 2);
      assert.match(latest[0].message, /Đã tiếp nhận/, 'newest first');
    });

    test('nobody else hears of Bạch Long Vĩ’s nominations: not Cát Hải, the leader or the city', async () => {
      const n = await submitted();
      await actOk(officer, n, 'return', { reason: 'Thiếu ảnh.' });
      for (const username of ['cathai', 'lanhdao.blv', 'thanhpho']) {
        const box = await inbox(await t.as(username));
        assert.deepEqual(about(box, n), [], username);
      }
    });

    test('marking some as read clears only those; without ids, all of the user’s own', async () => {
      const [a, b] = [await submitted(), await submitted()];
      const box = await inbox(officer);
      const [noteA, noteB] = [about(box, a)[0], about(box, b)[0]];
      assertStatus(await officer.request('POST', '/api/notifications/read', { ids: [noteA.id] }), 204);
      const after = await inbox(officer);
      assert.deepEqual(
        [about(after, a)[0].read, about(after, b)[0].read, after.unread],
        [true, false, box.unread - 1],
      );
      assertStatus(await officer.request('POST', '/api/notifications/read', {}), 204);
      const cleared = await inbox(officer);
      assert.equal(cleared.unread, 0);
      assert.ok(cleared.notifications.every((x) => x.read));
      assert.equal(about(cleared, b)[0].id, noteB.id);
    });

    test('a user cannot read or clear another user’s notifications by naming their ids', async () => {
      const n = await submitted();
      const returned = await actOk(officer, n, 'return', { reason: 'Sai năm sinh.' });
      const [note] = about(await inbox(school), returned);
      const catHai = await t.as('cathai');
      assertStatus(await catHai.request('POST', '/api/notifications/read', { ids: [note.id] }), 204);
      assertStatus(await officer.request('POST', '/api/notifications/read', { ids: [note.id] }), 204);
      assert.equal(about(await inbox(school), returned)[0].read, false);
      assert.ok(!(await inbox(catHai)).notifications.some((x) => x.id === note.id));
      assertStatus(await school.request('POST', '/api/notifications/read', { ids: ['abc'] }), 400);
    });
  });
}
