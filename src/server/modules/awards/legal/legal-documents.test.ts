import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LEGAL_DOCUMENTS } from '../../../../core/awards/legal-bases.ts';
import type { LegalDocumentRecord } from '../../../../shared/api/legal-documents.ts';
import { assertStatus } from '../../../testing/factories.ts';
import { auditActions } from '../../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import { ensureLegalDocuments, loadLegalDocuments } from './legal-documents.service.ts';

function editOf(d: LegalDocumentRecord, changes: Record<string, unknown> = {}) {
  return {
    version: d.version,
    number: d.number,
    issuedOn: d.issuedOn,
    title: d.title,
    effectiveFrom: d.effectiveFrom,
    effectiveTo: d.effectiveTo,
    source: d.source,
    verified: d.unverified.length === 0,
    ...changes,
  };
}

for (const engine of testEngines()) {
  describe(`legal documents of award decisions (${engine})`, () => {
    let t: TestApp;
    let city: TestClient;
    let officer: TestClient;
    before(async () => {
      t = await createTestApp(engine);
      [city, officer] = await Promise.all([t.as('thanhpho'), t.as('bachlongvi')]);
    });
    after(() => t.close());

    const list = async (client = officer) => {
      const res = await client.request('GET', '/api/legal-documents');
      assertStatus(res, 200);
      return res.json().documents as LegalDocumentRecord[];
    };
    const one = async (code: string) => (await list()).find((d) => d.code === code) as LegalDocumentRecord;

    test('the built-in table is installed once, in its order, with each full citation', async () => {
      const docs = await list();
      assert.deepEqual(
        docs.map((d) => d.code),
        LEGAL_DOCUMENTS.map((d) => d.code),
      );
      const nd152 = docs.find((d) => d.code === 'nd-152-2025');
      assert.equal(
        nd152?.citation,
        'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
      );
      assert.deepEqual(nd152?.unverified, ['title']);
      await ensureLegalDocuments(t.handle.db, new Date());
      assert.equal((await list()).length, LEGAL_DOCUMENTS.length);
    });

    test('the city administrator confirms a trích yếu: saved, audited, used by new decisions; stale → 409', async () => {
      const before = await one('nd-129-2025');
      const title =
        'quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ (đã đối chiếu)';
      const res = await city.request(
        'PUT',
        '/api/legal-documents/nd-129-2025',
        editOf(before, { title, issuedOn: '2025-06-10', verified: true }),
      );
      assertStatus(res, 200);
      const saved = res.json() as LegalDocumentRecord;
      assert.deepEqual(
        [saved.title, saved.issuedOn, saved.unverified, saved.version],
        [title, '2025-06-10', [], 2],
      );
      assert.match(
        saved.citation,
        /^Nghị định số 129\/2025\/NĐ-CP ngày 10 tháng 6 năm 2025 của Chính phủ .*đã đối chiếu\)$/,
      );
      const loaded = (await loadLegalDocuments(t.handle.db)).find((d) => d.code === 'nd-129-2025');
      assert.equal(loaded?.issuedOn, '2025-06-10');
      assert.deepEqual(await auditActions(t, 'nd-129-2025'), ['legal_document.updated']);
      const stale = await city.request('PUT', '/api/legal-documents/nd-129-2025', editOf(before));
      assertStatus(stale, 409);
      assert.equal((await one('nd-129-2025')).title, title);
    });

    test('dates that put two decrees in force on one day are refused, naming the other decree', async () => {
      const nd98 = await one('nd-98-2023');
      const res = await city.request(
        'PUT',
        '/api/legal-documents/nd-98-2023',
        editOf(nd98, { effectiveTo: '2025-07-15' }),
      );
      assertStatus(res, 400);
      assert.match(res.json().error.message, /trùng với Nghị định số 152\/2025\/NĐ-CP/);
      assert.equal(res.json().error.fields[0].path, 'effectiveFrom');
      const backwards = await city.request(
        'PUT',
        '/api/legal-documents/nd-98-2023',
        editOf(nd98, { effectiveTo: '2023-01-01' }),
      );
      assertStatus(backwards, 400);
      assert.equal(backwards.json().error.fields[0].path, 'effectiveTo');
      const badNumber = await city.request(
        'PUT',
        '/api/legal-documents/nd-98-2023',
        editOf(nd98, { number: 'NĐ 98' }),
      );
      assertStatus(badNumber, 400);
      assert.match(badNumber.json().error.fields[0].message, /^Số hiệu văn bản: phải có dạng/);
      assert.equal((await one('nd-98-2023')).version, nd98.version);
    });

    test('a commune officer may read the table but not change it; an unknown code is 404', async () => {
      const nd152 = await one('nd-152-2025');
      const res = await officer.request(
        'PUT',
        '/api/legal-documents/nd-152-2025',
        editOf(nd152, { title: 'sửa trộm' }),
      );
      assertStatus(res, 403);
      assert.equal((await one('nd-152-2025')).title, nd152.title);
      assertStatus(await city.request('PUT', '/api/legal-documents/khong-co', editOf(nd152)), 404);
    });
  });
}
