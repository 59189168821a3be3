import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Conference } from '../../../core/conference/types.ts';
import { protocolRank } from '../../../core/delegation/protocol.ts';
import { DELEGATE_CATEGORIES } from '../../../core/delegation/types.ts';
import { compareByGivenName, compareVietnamese } from '../../../core/vietnamese/collate.ts';
import type { DelegateListView, ListSummary, Proposal } from '../../../shared/api/delegation.ts';
import { readSheets } from '../../render/xlsx.ts';
import { assertStatus, createConference, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { auditActions } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';
import { addGuest, guestBody } from './guests.fixture.ts';

/** Approved lists: versions, conflicts, checks, audit, reading and the three downloads. */
for (const engine of testEngines()) {
  describe(`approved delegate lists (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    /** A new conference of Bạch Long Vĩ with four leaders and a composition of three seats. */
    let small: Conference;
    let guestIds: string[];
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      small = await createConference(officer, (await unitByKey(t, UNIT_KEYS.bachLongVi)).id);
      guestIds = [];
      for (const name of ['Lê Văn Bình', 'Trần Thị An', 'Phạm Văn Cường', 'Nguyễn Thị Dung'])
        guestIds.push((await addGuest(officer, small.id, guestBody({ name }))).id);
      const composition = (await officer.request('GET', `/api/conferences/${small.id}/composition`)).json();
      const res = await officer.request('PUT', `/api/conferences/${small.id}/composition`, {
        ...composition,
        seats: 3,
        rules: [],
        version: composition.version,
      });
      assertStatus(res, 200);
    });
    after(() => t.close());

    const listsUrl = (id: string) => `/api/conferences/${id}/delegates/lists`;
    const approve = (id: string, body: { selected: string[]; basedOn: number | null; note?: string }) =>
      officer.request('POST', listsUrl(id), { note: '', ...body });
    const storedNumbers = async (id: string) =>
      (
        await t.handle.db
          .selectFrom('delegate_lists')
          .select('number')
          .where('conference_id', '=', id)
          .orderBy('number')
          .execute()
      ).map((r) => r.number);

    test('the first approval is list 1, the next one based on it is list 2; both are kept', async () => {
      const first = await approve(small.id, {
        selected: guestIds.slice(0, 3),
        basedOn: null,
        note: 'Lần đầu',
      });
      assertStatus(first, 201);
      const one = first.json() as DelegateListView;
      assert.deepEqual([one.number, one.seats, one.delegateCount, one.note], [1, 3, 3, 'Lần đầu']);
      assert.equal(one.approvedByName, 'Phạm Thị Thu Hà');
      assert.deepEqual(
        one.delegates.map((d) => d.name),
        ['Trần Thị An', 'Lê Văn Bình', 'Phạm Văn Cường'],
        'by given name',
      );
      const second = await approve(small.id, { selected: guestIds.slice(1), basedOn: 1 });
      assertStatus(second, 201);
      assert.equal((second.json() as DelegateListView).number, 2);
      assert.deepEqual(await storedNumbers(small.id), [1, 2]);
      const res = await officer.request('GET', listsUrl(small.id));
      assertStatus(res, 200);
      const lists = res.json().lists as ListSummary[];
      assert.deepEqual(
        lists.map((l) => [l.number, l.delegateCount, l.approvedByName]),
        [
          [2, 3, 'Phạm Thị Thu Hà'],
          [1, 3, 'Phạm Thị Thu Hà'],
        ],
      );
      const old = (await officer.request('GET', `${listsUrl(small.id)}/1`)).json() as DelegateListView;
      assert.ok(
        old.delegates.some((d) => d.id === guestIds[0]),
        'list 1 keeps its snapshot',
      );
    });

    test('an approval based on an older list is a conflict and saves nothing', async () => {
      const before = await storedNumbers(small.id);
      const audit = await auditActions(t, small.id);
      const res = await approve(small.id, { selected: guestIds.slice(0, 3), basedOn: 1 });
      assertStatus(res, 409);
      assert.match(res.json().error.message, /Danh sách đại biểu vừa được người khác thay đổi/);
      assertStatus(await approve(small.id, { selected: guestIds.slice(0, 3), basedOn: null }), 409);
      assert.deepEqual(await storedNumbers(small.id), before);
      assert.deepEqual(await auditActions(t, small.id), audit);
    });

    test('an unknown person or the wrong number of people is refused with what is wrong', async () => {
      const before = await storedNumbers(small.id);
      const latest = before.at(-1) ?? null;
      const unknown = '00000000-0000-4000-8000-000000000001';
      const res = await approve(small.id, { selected: [guestIds[0], guestIds[1], unknown], basedOn: latest });
      assertStatus(res, 400);
      assert.ok(res.json().error.message.includes(unknown), res.body);
      const short = await approve(small.id, { selected: guestIds.slice(0, 2), basedOn: latest });
      assertStatus(short, 400);
      assert.match(short.json().error.message, /có 2 người .* là 3 người/);
      const twice = await approve(small.id, {
        selected: [guestIds[0], guestIds[0], guestIds[1]],
        basedOn: latest,
      });
      assertStatus(twice, 400);
      assert.deepEqual(await storedNumbers(small.id), before);
    });

    test('each approval is in the audit log with its number and the people chosen', async () => {
      const rows = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'username', 'after'])
        .where('entity_id', '=', small.id)
        .where('action', '=', 'delegate_list.approved')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.username, (r.after as { number: number }).number]),
        [
          ['bachlongvi', 1],
          ['bachlongvi', 2],
        ],
      );
      assert.deepEqual(
        new Set((rows[1].after as { selected: string[] }).selected),
        new Set(guestIds.slice(1)),
      );
    });

    test('the demo list: approved again on the proposal as list 2, in list order, with its evaluation', async () => {
      const id = t.demoConferenceId;
      const proposal = (
        await officer.request('POST', `/api/conferences/${id}/delegates/propose`, {})
      ).json() as Proposal;
      const res = await approve(id, { selected: proposal.selected, basedOn: 1, note: 'Bổ sung' });
      assertStatus(res, 201);
      const list = res.json() as DelegateListView;
      assert.equal(list.number, 2);
      assert.equal(list.delegates.length, 150);
      assert.ok(Math.abs(list.objective - proposal.objective) < 0.01);
      assert.ok(list.evaluation.length > 0 && list.evaluation.every((q) => q.met && q.label !== ''));
      const rank = (c: string) => DELEGATE_CATEGORIES.indexOf(c as (typeof DELEGATE_CATEGORIES)[number]);
      for (let i = 1; i < list.delegates.length; i++) {
        const [a, b] = [list.delegates[i - 1], list.delegates[i]];
        // Exemplary: collectives by name, then people by given name; guests and leaders by protocol.
        const order =
          rank(a.category) - rank(b.category) ||
          (a.category === 'dien_hinh'
            ? (a.kind === b.kind ? 0 : a.kind === 'collective' ? -1 : 1) ||
              (a.kind === 'collective'
                ? compareVietnamese(a.name, b.name)
                : compareByGivenName(a.name, b.name))
            : protocolRank(a.position) - protocolRank(b.position) || compareByGivenName(a.name, b.name));
        assert.ok(order <= 0, `${a.name} before ${b.name}`);
      }
    });

    test('the list downloads as Excel, Word and PDF with a Vietnamese file name', async () => {
      const url = `${listsUrl(t.demoConferenceId)}/1/export`;
      const list = (
        await officer.request('GET', `${listsUrl(t.demoConferenceId)}/1`)
      ).json() as DelegateListView;
      const xlsx = await officer.request('GET', `${url}.xlsx`);
      assertStatus(xlsx, 200);
      assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
      const disposition = String(xlsx.headers['content-disposition']);
      assert.match(disposition, /filename="Danh-sach-dai-bieu-lan-1-[a-z0-9-]+\.xlsx"/);
      assert.ok(disposition.includes(encodeURIComponent('Danh sách đại biểu lần 1')));
      const text = JSON.stringify(await readSheets(xlsx.rawPayload));
      for (const d of list.delegates) assert.ok(text.includes(JSON.stringify(d.name).slice(1, -1)), d.name);
      const docx = await officer.request('GET', `${url}.docx`);
      assertStatus(docx, 200);
      assert.match(String(docx.headers['content-type']), /wordprocessingml/);
      const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']);
      assert.match(xml, /DANH SÁCH ĐẠI BIỂU/);
      const pdf = await officer.request('GET', `${url}.pdf`);
      assertStatus(pdf, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
      assertStatus(await officer.request('GET', `${listsUrl(t.demoConferenceId)}/99/export.xlsx`), 404);
    });

    test('the leader reads and downloads lists but cannot approve one; the school reaches nothing', async () => {
      const leader = await t.as('lanhdao.blv');
      const url = listsUrl(t.demoConferenceId);
      assertStatus(await leader.request('GET', url), 200);
      assertStatus(await leader.request('GET', `${url}/1`), 200);
      assertStatus(await leader.request('GET', `${url}/1/export.xlsx`), 200);
      const before = await storedNumbers(t.demoConferenceId);
      const list = (await leader.request('GET', `${url}/1`)).json() as DelegateListView;
      const body = { selected: list.delegates.map((d) => d.id), basedOn: before.at(-1), note: '' };
      assertStatus(await leader.request('POST', url, body), 403);
      const school = await t.as('truonghoc.blv');
      for (const path of ['', '/1', '/1/export.pdf'])
        assertStatus(await school.request('GET', `${url}${path}`), 404);
      assertStatus(await school.request('POST', url, body), 404);
      assert.deepEqual(await storedNumbers(t.demoConferenceId), before);
    });
  });
}
