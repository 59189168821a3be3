import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import {
  actOk,
  addNomination,
  auditActions,
  editBody,
  individualBody,
  loadNomination,
  pictureOf,
} from '../../testing/nomination-factories.ts';
import { nominationSheet, nominationSheetRows } from '../../testing/nomination-sheets.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Portraits (resized to 600×600 JPEG) and grassroots vote minutes (PDF, DOCX, JPG, PNG) of a nomination. */
for (const engine of testEngines()) {
  describe(`nomination photos and minutes (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let officer: TestClient;
    let schoolId: string;
    let pdf: Buffer;
    let docx: Buffer;
    before(async () => {
      t = await createTestApp(engine);
      [school, officer] = await Promise.all([t.as('truonghoc.blv'), t.as('bachlongvi')]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
      // Real documents of the kinds officials scan or type: the conference plan in PDF and Word.
      pdf = (await officer.request('GET', `/api/conferences/${t.demoConferenceId}/plan.pdf`)).rawPayload;
      docx = (await officer.request('GET', `/api/conferences/${t.demoConferenceId}/plan.docx`)).rawPayload;
    });
    after(() => t.close());

    const draft = () => addNomination(school, t.demoConferenceId, individualBody(schoolId));
    const fileCount = async () => (await t.handle.db.selectFrom('files').select('id').execute()).length;
    const download = async (client: TestClient, fileId: string | null | undefined) => {
      const res = await client.request('GET', `/api/files/${fileId}`);
      assertStatus(res, 200);
      return res;
    };

    test('a 2000×1500 PNG portrait is stored as a JPEG that fits 600×600', async () => {
      const n = await draft();
      const res = await school.upload(`/api/nominations/${n.id}/photo`, {
        data: await pictureOf(2000, 1500),
        fileName: 'chan-dung.png',
        contentType: 'image/png',
      });
      assertStatus(res, 200);
      const saved = res.json() as NominationRecord;
      assert.ok(saved.photoFileId);
      assert.equal(saved.version, n.version + 1);
      const file = await download(school, saved.photoFileId);
      assert.equal(file.headers['content-type'], 'image/jpeg');
      const meta = await sharp(file.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 600, 450]);
      assert.deepEqual(await auditActions(t, n.id), ['nomination.created', 'nomination.photo_attached']);
      // The organiser reads it too.
      assert.ok((await download(officer, saved.photoFileId)).rawPayload.equals(file.rawPayload));
    });

    test('a small portrait is not enlarged; a new portrait replaces the old one', async () => {
      const n = await draft();
      const url = `/api/nominations/${n.id}/photo`;
      assertStatus(await school.upload(url, { data: await pictureOf(300, 400), fileName: 'a.png' }), 200);
      const second = await school.upload(url, { data: await pictureOf(320, 200, 'jpeg'), fileName: 'b.jpg' });
      assertStatus(second, 200);
      const meta = await sharp((await download(school, second.json().photoFileId)).rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 320, 200]);
    });

    test('a text file renamed .jpg is refused with 400 in Vietnamese and nothing is stored', async () => {
      const n = await draft();
      const before = await fileCount();
      const res = await school.upload(`/api/nominations/${n.id}/photo`, {
        data: Buffer.from('Đây không phải là ảnh, chỉ là chữ.\n'),
        fileName: 'chan-dung.jpg',
        contentType: 'image/jpeg',
      });
      assertStatus(res, 400);
      assert.match(res.json().error.message, /Ảnh chân dung phải là tệp ảnh/);
      assert.equal(await fileCount(), before);
      assert.equal((await loadNomination(school, n.id)).photoFileId, null);
    });

    test('a request without a file, or not multipart at all, is refused with 400', async () => {
      const n = await draft();
      const empty = await school.upload(`/api/nominations/${n.id}/photo`, {
        data: Buffer.alloc(0),
        fileName: 'x.png',
      });
      assertStatus(empty, 400);
      assert.match(empty.json().error.message, /Chưa chọn tệp/);
      const json = await school.request('POST', `/api/nominations/${n.id}/photo`, { file: 'abc' });
      assertStatus(json, 400);
      assert.match(json.json().error.message, /multipart\/form-data/);
    });

    test('vote minutes are accepted as PDF, DOCX, JPG and PNG, each served with its type', async () => {
      const uploads: Array<[string, Buffer, string]> = [
        ['bien-ban.pdf', pdf, 'application/pdf'],
        ['bien-ban.docx', docx, DOCX],
        ['bien-ban.jpg', await pictureOf(800, 1100, 'jpeg'), 'image/jpeg'],
        ['bien-ban.png', await pictureOf(800, 1100), 'image/png'],
      ];
      for (const [fileName, data, type] of uploads) {
        const n = await draft();
        const res = await school.upload(`/api/nominations/${n.id}/minutes`, { data, fileName });
        assertStatus(res, 200);
        const minutesFileId = (res.json() as NominationRecord).vote?.minutesFileId;
        assert.ok(minutesFileId, fileName);
        const file = await download(officer, minutesFileId);
        assert.equal(file.headers['content-type'], type, fileName);
        assert.ok(file.rawPayload.equals(data), `${fileName} is kept as sent`);
        assert.equal((await auditActions(t, n.id)).at(-1), 'nomination.minutes_attached');
      }
    });

    test('minutes in any other format (a spreadsheet, a text file) are refused with 400', async () => {
      const n = await draft();
      const before = await fileCount();
      const others: Array<[string, Buffer]> = [
        ['bien-ban.xlsx', await nominationSheet(nominationSheetRows(2))],
        ['bien-ban.pdf', Buffer.from('Biên bản họp bình xét, không phải PDF')],
      ];
      for (const [fileName, data] of others) {
        const res = await school.upload(`/api/nominations/${n.id}/minutes`, { data, fileName });
        assertStatus(res, 400);
        assert.match(res.json().error.message, /Biên bản bình xét phải là tệp PDF, DOCX hoặc ảnh/);
      }
      assert.equal(await fileCount(), before);
      assert.equal((await loadNomination(school, n.id)).vote?.minutesFileId, null);
    });

    test('minutes need a recorded vote first', async () => {
      const n = await addNomination(school, t.demoConferenceId, individualBody(schoolId, { vote: null }));
      const res = await school.upload(`/api/nominations/${n.id}/minutes`, { data: pdf, fileName: 'a.pdf' });
      assertStatus(res, 400);
      assert.match(res.json().error.message, /kết quả bình xét trước/);
    });

    test('once submitted, neither the portrait nor the minutes can be replaced (409)', async () => {
      const n = await actOk(school, await draft(), 'submit');
      const before = await fileCount();
      const photo = await school.upload(`/api/nominations/${n.id}/photo`, {
        data: await pictureOf(100, 100),
        fileName: 'p.png',
      });
      assertStatus(photo, 409);
      assert.match(photo.json().error.message, /Nháp hoặc Trả lại/);
      assertStatus(
        await school.upload(`/api/nominations/${n.id}/minutes`, { data: pdf, fileName: 'm.pdf' }),
        409,
      );
      assert.equal(await fileCount(), before);
      const now = await loadNomination(school, n.id);
      assert.deepEqual([now.photoFileId, now.vote?.minutesFileId, now.version], [null, null, n.version]);
    });

    test('saving the form keeps the minutes link, whatever minutesFileId the form sends', async () => {
      const n = await draft();
      const res = await school.upload(`/api/nominations/${n.id}/minutes`, { data: pdf, fileName: 'a.pdf' });
      const attached = res.json() as NominationRecord;
      const vote = { ...(attached.vote as NonNullable<NominationRecord['vote']>), minutesFileId: null };
      const saved = await school.request('PUT', `/api/nominations/${n.id}`, editBody(attached, { vote }));
      assertStatus(saved, 200);
      assert.equal(saved.json().vote.minutesFileId, attached.vote?.minutesFileId);
    });

    test('the leader reads a nomination’s portrait but may not attach one (403)', async () => {
      const n = await draft();
      const url = `/api/nominations/${n.id}/photo`;
      const added = await school.upload(url, { data: await pictureOf(100, 100), fileName: 'a.png' });
      const leader = await t.as('lanhdao.blv');
      await download(leader, added.json().photoFileId);
      const res = await leader.upload(url, { data: await pictureOf(200, 200), fileName: 'b.png' });
      assertStatus(res, 403);
      assert.equal((await loadNomination(school, n.id)).photoFileId, added.json().photoFileId);
    });

    test('files of another unit’s nomination answer 404 to the school, and to Cát Hải', async () => {
      const clinicId = (await unitByKey(t, UNIT_KEYS.bachLongViClinic)).id;
      const other = await addNomination(officer, t.demoConferenceId, individualBody(clinicId));
      const photo = await officer.upload(`/api/nominations/${other.id}/photo`, {
        data: await pictureOf(100, 100),
        fileName: 'p.png',
      });
      const minutes = await officer.upload(`/api/nominations/${other.id}/minutes`, {
        data: pdf,
        fileName: 'm.pdf',
      });
      const fileIds = [photo.json().photoFileId, minutes.json().vote.minutesFileId];
      const catHai = await t.as('cathai');
      for (const client of [school, catHai]) {
        for (const id of fileIds) {
          const res = await client.request('GET', `/api/files/${id}`);
          assertStatus(res, 404);
          assert.match(String(res.headers['content-type']), /application\/json/);
        }
      }
      assertStatus(
        await school.request('GET', '/api/files/00000000-0000-4000-8000-000000000000'),
        [400, 404],
      );
    });
  });
}
