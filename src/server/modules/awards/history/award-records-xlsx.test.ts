import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AWARD_RECORD_COLUMNS } from '../../../../core/awards/record-sheet.ts';
import type { CellValue } from '../../../render/xlsx.ts';
import { LIST_SHEET, readSheets, writeWorkbook } from '../../../render/xlsx.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../../testing/factories.ts';
import { auditActions } from '../../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import { sheetRow } from './award-records.fixture.ts';

async function workbook(rows: CellValue[][]): Promise<{ data: Buffer; fileName: string }> {
  const data = await writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: 'Lịch sử khen thưởng',
        columns: AWARD_RECORD_COLUMNS.map((c) => ({ header: c.header, width: 20 })),
        rows,
      },
    ],
  });
  return { data, fileName: 'lich-su.xlsx' };
}

const SCHOOL = 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ';
const teacher = sheetRow({
  kind: 'Cá nhân',
  name: 'Mạc Thị Nhập',
  birthYear: 1988,
  gender: 'Nữ',
  ethnic: 'Tày',
  position: 'Giáo viên',
  unit: SCHOOL,
  directWorker: 'Không',
  form: 'Lao động tiên tiến',
  year: 2022,
  achievement: 'Hoàn thành tốt nhiệm vụ năm 2022',
  decisionNumber: '301/QĐ-UBND',
  decisionDate: '20/12/2022',
  issuer: 'Chủ tịch UBND huyện Bạch Long Vĩ',
  amount: '540.000',
});
const fishers = sheetRow({
  kind: 'Tập thể',
  name: 'Tổ đoàn kết tàu cá số 9',
  unit: 'Hợp tác xã nghề cá không có trong danh sách',
  directWorker: 'Có',
  form: 'Giấy khen UBND huyện',
  year: 2023,
  decisionNumber: '45/QĐ-UBND',
  decisionDate: '2023-12-15',
  amount: 1080000,
});

for (const engine of testEngines()) {
  describe(`award history spreadsheets (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let blvId: string;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      blvId = (await unitByKey(t, UNIT_KEYS.bachLongVi)).id;
    });
    after(() => t.close());

    const importUrl = () => `/api/units/${blvId}/award-records/import`;
    const storedCount = async () =>
      (
        await t.handle.db
          .selectFrom('award_records')
          .select('id')
          .where('owner_unit_id', '=', blvId)
          .execute()
      ).length;
    const dryRun = async (file: { data: Buffer; fileName: string }) => {
      const form = new FormData();
      form.append('dryRun', 'true');
      form.append('file', new Blob([new Uint8Array(file.data)]), file.fileName);
      const request = new Request('http://x/', { method: 'POST', body: form });
      return t.app.inject({
        method: 'POST',
        url: importUrl(),
        headers: {
          cookie: officer.cookie,
          'x-csrf-token': officer.csrfToken,
          'content-type': String(request.headers.get('content-type')),
        },
        payload: Buffer.from(await request.arrayBuffer()),
      });
    };

    test('the template has the columns, the instructions and the unit’s lists, and reads back', async () => {
      const res = await officer.request('GET', `/api/units/${blvId}/award-records/template.xlsx`);
      assertStatus(res, 200);
      const sheets = await readSheets(res.rawPayload);
      assert.deepEqual(
        sheets.map((s) => s.name),
        ['Lịch sử khen thưởng', 'Hướng dẫn', LIST_SHEET],
      );
      assert.deepEqual(
        sheets[0].rows[0],
        AWARD_RECORD_COLUMNS.map((c) => c.header),
      );
      const lists = sheets[2].rows.map((r) => r.join('|')).join('\n');
      assert.match(lists, /Lao động tiên tiến/);
      assert.match(lists, new RegExp(SCHOOL));
      assert.doesNotMatch(lists, /Cát Hải/);
    });

    test('one bad row stops the whole file; every bad cell is named by row and column', async () => {
      const before = await storedCount();
      const bad = sheetRow({ kind: 'Tập thể', name: 'Tổ Văn', form: 'Lao động tiên tiến', year: 2022 });
      const worse = sheetRow({
        kind: 'Cá nhân',
        name: 'Bùi Văn Sai',
        form: 'Huân chương Sao Vàng',
        year: 'hai nghìn',
        decisionDate: '31/02/2023',
      });
      const res = await officer.upload(importUrl(), await workbook([teacher, bad, worse]));
      assertStatus(res, 400);
      assert.deepEqual(res.json().errors, [
        'Dòng 3, cột I: Hình thức khen thưởng: “Lao động tiên tiến” không dành cho tập thể',
        'Dòng 4, cột I: "Huân chương Sao Vàng" không có trong danh mục danh hiệu, hình thức khen thưởng',
        'Dòng 4, cột J: Năm được khen "hai nghìn" không phải là năm hợp lệ',
        'Dòng 4, cột M: Ngày quyết định "31/02/2023" không phải ngày hợp lệ (ghi dạng 25/12/2023)',
      ]);
      assert.equal(res.json().imported, 0);
      assert.equal(await storedCount(), before);
    });

    test('a dry run previews without storing; the import stores every row once, audited; a second import is refused', async () => {
      const before = await storedCount();
      const file = await workbook([teacher, fishers]);
      const preview = await dryRun(file);
      assertStatus(preview, 200);
      assert.deepEqual([preview.json().ok, preview.json().dryRun, preview.json().imported], [true, true, 2]);
      assert.equal(await storedCount(), before);

      const res = await officer.upload(importUrl(), file);
      assertStatus(res, 200);
      assert.deepEqual(res.json().warnings, [
        'Dòng 3: đơn vị "Hợp tác xã nghề cá không có trong danh sách" không có trong danh sách đơn vị của Đặc khu Bạch Long Vĩ; vẫn nhập, nhưng chưa gắn với đơn vị nào',
      ]);
      assert.equal(await storedCount(), before + 2);
      const rows = await t.handle.db
        .selectFrom('award_records')
        .selectAll()
        .where('name', 'in', ['Mạc Thị Nhập', 'Tổ đoàn kết tàu cá số 9'])
        .orderBy('name')
        .execute();
      const school = await unitByKey(t, UNIT_KEYS.bachLongViSchool);
      assert.deepEqual(
        rows.map((r) => [
          r.source,
          r.form_code,
          r.year,
          r.amount,
          r.decision_date,
          r.unit_id,
          r.ethnic_code,
          r.kind,
        ]),
        [
          ['import', 'lao-dong-tien-tien', 2022, 540000, '2022-12-20', school.id, '02', 'individual'],
          ['import', 'giay-khen-huyen', 2023, 1080000, '2023-12-15', null, null, 'collective'],
        ],
      );
      assert.ok((await auditActions(t, blvId)).includes('award_record.imported'));

      const again = await officer.upload(importUrl(), file);
      assertStatus(again, 400);
      assert.equal(again.json().errors.length, 2);
      assert.match(again.json().errors[0], /^Dòng 2, cột I: khen thưởng này đã có trong lịch sử/);
      assert.equal(await storedCount(), before + 2);
    });

    test('Cát Hải cannot import into Bạch Long Vĩ, the leader may not, and neither changes anything', async () => {
      const before = await storedCount();
      const file = await workbook([
        sheetRow({ kind: 'Cá nhân', name: 'Người Lạ', form: 'Giấy khen', year: 2024 }),
      ]);
      const catHai = await (await t.as('cathai')).upload(importUrl(), file);
      assertStatus(catHai, 404);
      assert.doesNotMatch(catHai.body, /Bạch Long Vĩ/);
      assertStatus(await (await t.as('lanhdao.blv')).upload(importUrl(), file), 403);
      assert.equal(await storedCount(), before);
    });
  });
}
