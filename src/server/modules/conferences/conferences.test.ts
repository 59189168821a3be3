import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Conference } from '../../../core/conference/types.ts';
import type { UpdateConferenceBody } from '../../../shared/api/conferences.ts';
import {
  assertStatus,
  conferenceEdit,
  createConference,
  UNIT_KEYS,
  unitByKey,
} from '../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

/** Edits that break one rule each, with the field the message must name. */
const INVALID_EDITS: Array<{
  rule: string;
  change(e: UpdateConferenceBody): void;
  path: string;
  label: string;
}> = [
  {
    rule: 'no delegates',
    change: (e) => (e.maxDelegates = 0),
    path: 'maxDelegates',
    label: 'Số đại biểu tối đa',
  },
  {
    rule: 'shares that do not add up to 100',
    change: (e) => Object.assign(e, { exemplaryShare: 60, guestShare: 30 }),
    path: 'guestShare',
    label: 'Tỷ lệ đại biểu khách mời, lãnh đạo',
  },
  {
    rule: 'an end before the start',
    change: (e) => Object.assign(e.session, { startTime: '11:00', endTime: '07:30' }),
    path: 'session.endTime',
    label: 'Giờ kết thúc',
  },
  {
    rule: 'an empty programme',
    change: (e) => (e.plan.programItems = []),
    path: 'plan.programItems',
    label: 'Chương trình hội nghị',
  },
  {
    rule: 'an impossible date',
    change: (e) => (e.deadline = '2025-13-40'),
    path: 'deadline',
    label: 'Hạn hoàn thành',
  },
  {
    rule: 'an empty third purpose',
    change: (e) => (e.plan.purposes[2] = ''),
    path: 'plan.purposes.2',
    label: 'Mục đích, yêu cầu (mục 3)',
  },
];

for (const engine of testEngines()) {
  describe(`conferences (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let blvId: string;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      blvId = (await unitByKey(t, UNIT_KEYS.bachLongVi)).id;
    });
    after(() => t.close());

    const url = (c: { id: string }) => `/api/conferences/${c.id}`;

    test('a new Bạch Long Vĩ conference follows the city template, with section IV linked to its departments', async () => {
      const c = await createConference(officer, blvId);
      assert.equal(c.name, 'Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ');
      assert.equal(c.nameLine2, 'Lần thứ I (2025 - 2030)');
      assert.deepEqual(
        [c.deadline, c.maxDelegates, c.exemplaryShare, c.guestShare],
        ['2025-08-25', 150, 70, 30],
      );
      assert.deepEqual([c.status, c.version, c.unitId], ['draft', 1, blvId]);
      assert.equal(c.plan.programItems.length, 8);
      assert.equal(c.plan.purposes.length, 4);
      assert.deepEqual(
        c.plan.keyContents.map((k) => k.code),
        ['3.1', '3.2', '3.3', '3.4', '3.5'],
      );
      assert.equal(c.plan.issuingBody, 'ĐẶC KHU BẠCH LONG VĨ');
      const linked = Object.fromEntries(c.plan.assignments.map((a) => [a.unitName, a.unitId]));
      assert.equal(c.plan.assignments.length, 5);
      assert.deepEqual(linked, {
        'Phòng Văn hóa - Xã hội': (await unitByKey(t, UNIT_KEYS.bachLongViCulture)).id,
        'Văn phòng Ủy ban nhân dân đặc khu': (await unitByKey(t, UNIT_KEYS.bachLongViOffice)).id,
        'Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội đặc khu': null,
        'Trung tâm sự nghiệp công': (await unitByKey(t, UNIT_KEYS.bachLongViPublicServices)).id,
        'Phòng Kinh tế': (await unitByKey(t, UNIT_KEYS.bachLongViEconomy)).id,
      });
    });

    test('a Cát Hải conference speaks of Cát Hải only and links nothing of Bạch Long Vĩ', async () => {
      const catHai = await unitByKey(t, UNIT_KEYS.catHai);
      const c = await createConference(await t.as('cathai'), catHai.id);
      assert.equal(c.name, 'Hội nghị tuyên dương điển hình tiên tiến đặc khu Cát Hải');
      assert.equal(c.plan.issuingBody, 'ĐẶC KHU CÁT HẢI');
      assert.equal(c.plan.place, 'Cát Hải');
      const json = JSON.stringify(c);
      assert.doesNotMatch(json, /Bạch Long Vĩ|BẠCH LONG VĨ/);
      assert.match(c.plan.title, /đặc khu Cát Hải/);
      assert.ok(
        c.plan.assignments.every((a) => a.unitId === null),
        'Cát Hải has no such departments in the tree',
      );
    });

    test('an edit sent with the loaded version is saved and bumps the version', async () => {
      const c = await createConference(officer, blvId);
      const res = await officer.request('PUT', url(c), conferenceEdit(c, { maxDelegates: 120 }));
      assertStatus(res, 200);
      assert.deepEqual([res.json().maxDelegates, res.json().version], [120, 2]);
      const reloaded = (await officer.request('GET', url(c))).json() as Conference;
      assert.deepEqual([reloaded.maxDelegates, reloaded.version], [120, 2]);
    });

    test('emphasis in the plan is kept as typed: italic marks in a duty, a bold label switched off', async () => {
      const c = await createConference(officer, blvId);
      assert.deepEqual(
        c.plan.assignments.map((a) => a.labelBold),
        [false, false, false, true, true],
        'the template bolds the labels of IV.4 and IV.5',
      );
      const assignments = c.plan.assignments.map((a, i) =>
        i === 3 ? { ...a, labelBold: false, duties: ['Tham mưu (*nếu có điều kiện*).'] } : a,
      );
      const edit = conferenceEdit(c, { plan: { ...c.plan, assignments } });
      assertStatus(await officer.request('PUT', url(c), edit), 200);
      const stored = ((await officer.request('GET', url(c))).json() as Conference).plan.assignments[3];
      assert.deepEqual([stored.labelBold, stored.duties], [false, ['Tham mưu (*nếu có điều kiện*).']]);
    });

    test('a plan stored before labels could be bold is read with plain labels and still downloads', async () => {
      const c = await createConference(officer, blvId);
      const assignments = c.plan.assignments.map(({ labelBold: _, ...a }) => a);
      await t.handle.db
        .updateTable('conferences')
        .set({ plan: JSON.stringify({ ...c.plan, assignments }) })
        .where('id', '=', c.id)
        .execute();
      const stored = (await officer.request('GET', url(c))).json() as Conference;
      assert.deepEqual(
        stored.plan.assignments.map((a) => a.labelBold),
        [false, false, false, false, false],
      );
      assertStatus(await officer.request('GET', `${url(c)}/plan.docx`), 200);
    });

    test('a second edit made from the same stale version gets 409 and the first edit survives', async () => {
      const c = await createConference(officer, blvId);
      const colleague = await t.as('thanhpho');
      assertStatus(await colleague.request('PUT', url(c), conferenceEdit(c, { maxDelegates: 120 })), 200);
      const late = await officer.request('PUT', url(c), conferenceEdit(c, { maxDelegates: 99 }));
      assertStatus(late, 409);
      assert.equal(late.json().error.code, 'CONFLICT');
      assert.match(late.json().error.message, /vừa được người khác thay đổi.*chưa được lưu/);
      const stored = (await officer.request('GET', url(c))).json() as Conference;
      assert.deepEqual([stored.maxDelegates, stored.version], [120, 2]);
    });

    test('of two edits sent at the same moment from the same version, exactly one is saved', async () => {
      const c = await createConference(officer, blvId);
      const colleague = await t.as('thanhpho');
      const results = await Promise.all([
        officer.request('PUT', url(c), conferenceEdit(c, { maxDelegates: 101 })),
        colleague.request('PUT', url(c), conferenceEdit(c, { maxDelegates: 102 })),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
      const winner = results.find((r) => r.statusCode === 200)?.json() as Conference;
      const stored = (await officer.request('GET', url(c))).json() as Conference;
      assert.deepEqual([stored.maxDelegates, stored.version], [winner.maxDelegates, 2]);
    });

    for (const invalid of INVALID_EDITS) {
      test(`an edit with ${invalid.rule} gets 400 naming “${invalid.label}” and saves nothing`, async () => {
        const c = await createConference(officer, blvId);
        const edit = conferenceEdit(c);
        invalid.change(edit);
        const res = await officer.request('PUT', url(c), edit);
        assertStatus(res, 400);
        const { error } = res.json() as {
          error: { code: string; message: string; fields: Array<{ path: string; message: string }> };
        };
        assert.equal(error.code, 'VALIDATION');
        assert.match(error.message, /^Dữ liệu chưa hợp lệ/);
        const field = error.fields.find((f) => f.path === invalid.path);
        assert.ok(field, `no problem reported at ${invalid.path}: ${JSON.stringify(error.fields)}`);
        assert.ok(field.message.startsWith(`${invalid.label}:`), field.message);
        assert.equal(((await officer.request('GET', url(c))).json() as Conference).version, 1);
      });
    }

    test('a body that is not JSON gets 400 with a Vietnamese message', async () => {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/conferences/${t.demoConferenceId}`,
        headers: {
          cookie: officer.cookie,
          'x-csrf-token': officer.csrfToken,
          'content-type': 'application/json',
        },
        payload: '{"version": 1, "name": ',
      });
      assertStatus(res, 400);
      assert.equal(res.json().error.message, 'Nội dung gửi lên không phải JSON hợp lệ.');
    });

    test('creating and editing write audit entries (who, when, before and after) that the unit can read', async () => {
      const c = await createConference(officer, blvId);
      assertStatus(await officer.request('PUT', url(c), conferenceEdit(c, { maxDelegates: 140 })), 200);
      const res = await officer.request('GET', `/api/audit?entityId=${c.id}`);
      assertStatus(res, 200);
      const entries = res.json().entries as Array<{
        action: string;
        username: string;
        at: string;
        before: Conference;
        after: Conference;
      }>;
      assert.deepEqual(
        entries.map((e) => e.action),
        ['conference.updated', 'conference.created'],
      );
      assert.ok(entries.every((e) => e.username === 'bachlongvi' && e.at === t.ctx.now().toISOString()));
      const [updated, created] = entries;
      assert.deepEqual([updated.before.maxDelegates, updated.after.maxDelegates], [150, 140]);
      assert.equal(created.after.name, c.name);
    });

    test('the plan downloads as a Word file named “Kế hoạch …”', async () => {
      const res = await officer.request('GET', `/api/conferences/${t.demoConferenceId}/plan.docx`);
      assertStatus(res, 200);
      assert.equal(
        res.headers['content-type'],
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      assert.equal(res.rawPayload.subarray(0, 2).toString('latin1'), 'PK');
      const disposition = String(res.headers['content-disposition']);
      const utf8Name = decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '');
      assert.match(utf8Name, /^Kế hoạch 06-KH-UBND - Hội nghị tuyên dương .*Bạch Long Vĩ\.docx$/);
      assert.match(disposition, /^attachment; filename="[\x20-\x7e]+\.docx"/, 'a plain-ASCII fallback name');
    });

    test('the plan downloads as a PDF', async () => {
      const res = await officer.request('GET', `/api/conferences/${t.demoConferenceId}/plan.pdf`);
      assertStatus(res, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.rawPayload.subarray(0, 4).toString('latin1'), '%PDF');
    });

    test('the leader may not edit: 403', async () => {
      const c = await createConference(officer, blvId);
      const res = await (await t.as('lanhdao.blv')).request(
        'PUT',
        url(c),
        conferenceEdit(c, { maxDelegates: 100 }),
      );
      assertStatus(res, 403);
    });
  });
}
