import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Conference } from '../../../core/conference/types.ts';
import { GUEST_COLUMNS } from '../../../core/delegation/guest-sheet.ts';
import type { DelegationResponse } from '../../../shared/api/delegation.ts';
import { type CellValue, readSheets, writeWorkbook } from '../../render/xlsx.ts';
import { assertStatus, createConference, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { auditActions } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

const HEADERS = GUEST_COLUMNS.map((c) => c.header);

/** A workbook with one sheet: `above` rows (a title), then the header row, then the rows. */
function sheetFile(
  rows: CellValue[][],
  headers: string[] = HEADERS,
  above: string[][] = [],
): Promise<Buffer> {
  return writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: 'Danh sách',
        columns: (above[0] ?? headers).map((h) => ({ header: h, width: 20 })),
        rows: [...above.slice(1), ...(above.length > 0 ? [headers] : []), ...rows],
      },
    ],
  });
}

/** A multipart form with the file and, when given, the dryRun field. */
function form(data: Buffer, dryRun: boolean | null): { body: Buffer; contentType: string } {
  const boundary = '----khachmoi';
  const parts: Buffer[] = [];
  if (dryRun !== null)
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="dryRun"\r\n\r\n${dryRun}\r\n`),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="khach-moi.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const LEADER_ROW: CellValue[] = [
  'Lãnh đạo',
  'Hoàng Văn Tày',
  'Nam',
  1975,
  'Tày',
  'Phó Bí thư Đảng ủy đặc khu',
  'Huyện Bạch Long Vĩ',
  'Xây dựng Đảng, chính quyền, Mặt trận và đoàn thể',
  'Kinh tế nhà nước',
  'Không',
  'KT-XH; Sắp xếp bộ máy',
  '',
];
const GUEST_ROW: CellValue[] = [
  'Khách mời',
  'Lê Thị Biển',
  'Nữ',
  '1988',
  '',
  'Thuyền trưởng tàu cá HP-90001-TS',
  '',
  'Thủy sản',
  'Ngư dân',
  'Có',
  'QP-AN',
  'Cứu 5 ngư dân năm 2024',
];

for (const engine of testEngines()) {
  describe(`guests and leaders from a spreadsheet (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let conference: Conference;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      conference = await createConference(officer, (await unitByKey(t, UNIT_KEYS.bachLongVi)).id);
    });
    after(() => t.close());

    const url = () => `/api/conferences/${conference.id}/delegates/guests`;
    const importFile = (client: TestClient, data: Buffer, dryRun: boolean | null = null) => {
      const { body, contentType } = form(data, dryRun);
      return t.app.inject({
        method: 'POST',
        url: `${url()}/import`,
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': contentType },
        payload: body,
      });
    };
    const storedNames = async () =>
      (
        await t.handle.db
          .selectFrom('delegate_guests')
          .select('name')
          .where('conference_id', '=', conference.id)
          .orderBy('name')
          .execute()
      ).map((r) => r.name);

    test('the template has the header row, drop-downs’ lists and a “Hướng dẫn” sheet', async () => {
      const res = await officer.request('GET', `${url()}/template`);
      assertStatus(res, 200);
      const sheets = await readSheets(res.rawPayload);
      const data = sheets[0];
      assert.deepEqual(data.rows, [HEADERS]);
      const guide = sheets.find((s) => s.name === 'Hướng dẫn');
      assert.ok(guide, 'the instructions sheet');
      const text = JSON.stringify(guide.rows);
      assert.match(text, /Dòng N, cột X/);
      assert.match(text, /Khách mời/);
      const lists = sheets.find((s) => s.name === 'Danh mục');
      assert.deepEqual(lists?.rows[0]?.slice(0, 2), ['Thành phần', 'Giới tính']);
    });

    test('a dry run previews every row, codes resolved, and stores nothing', async () => {
      const res = await importFile(officer, await sheetFile([LEADER_ROW, GUEST_ROW]), true);
      assertStatus(res, 200);
      const result = res.json();
      assert.deepEqual([result.ok, result.dryRun, result.imported, result.errors], [true, true, 2, []]);
      assert.deepEqual(result.guests[0], {
        category: 'lanh_dao',
        name: 'Hoàng Văn Tày',
        gender: 'nam',
        birthYear: 1975,
        ethnicCode: '02',
        position: 'Phó Bí thư Đảng ủy đặc khu',
        nominatingUnitId: null,
        formerUnitName: 'Huyện Bạch Long Vĩ',
        fieldCode: 'xay-dung-dang-chinh-quyen-doan-the',
        sectorCode: 'nha-nuoc',
        directWorker: false,
        priorityAreas: ['kinh-te-xa-hoi', 'sap-xep-bo-may'],
        achievements: '',
      });
      assert.deepEqual(
        [result.guests[1].fieldCode, result.guests[1].sectorCode, result.guests[1].directWorker],
        ['nong-nghiep-thuy-san', 'ho-gia-dinh', true],
      );
      assert.deepEqual(await storedNames(), []);
    });

    test('one bad row among good ones: every bad cell reported by row and column, nothing stored', async () => {
      const bad = [...GUEST_ROW];
      bad[0] = 'Khách';
      bad[1] = 'Ngô Văn Sai';
      bad[4] = 'Xyz';
      bad[9] = 'Chắc chắn';
      const res = await importFile(officer, await sheetFile([LEADER_ROW, bad, GUEST_ROW]));
      assertStatus(res, 400);
      const result = res.json();
      assert.equal(result.ok, false);
      assert.deepEqual(result.errors, [
        'Dòng 3, cột A: Thành phần "Khách" không hợp lệ: ghi "Khách mời" hoặc "Lãnh đạo"',
        'Dòng 3, cột E: Dân tộc "Xyz" không có trong danh mục',
        'Dòng 3, cột J: Trực tiếp lao động "Chắc chắn" không hợp lệ: ghi "Có" hoặc "Không"',
      ]);
      assert.deepEqual(await storedNames(), []);
    });

    test('the same person twice in a file and a missing name column are refused', async () => {
      const twice = await importFile(officer, await sheetFile([LEADER_ROW, GUEST_ROW, LEADER_ROW]));
      assertStatus(twice, 400);
      assert.deepEqual(twice.json().errors, ['Dòng 4, cột B: trùng với dòng 2 (cùng họ tên và năm sinh)']);
      const headers = HEADERS.map((h) => (h === 'Họ và tên' ? 'Ghi thêm' : h));
      const noName = await importFile(officer, await sheetFile([LEADER_ROW], headers));
      assertStatus(noName, 400);
      assert.deepEqual(noName.json().errors, ['Bảng tính thiếu cột "Họ và tên" (bắt buộc)']);
      assert.deepEqual(await storedNames(), []);
    });

    test('an import stores every row in one go, audited; a second one warns of the same people', async () => {
      const res = await importFile(officer, await sheetFile([LEADER_ROW, GUEST_ROW]));
      assertStatus(res, 200);
      assert.deepEqual([res.json().ok, res.json().imported, res.json().warnings], [true, 2, []]);
      assert.deepEqual(await storedNames(), ['Hoàng Văn Tày', 'Lê Thị Biển']);
      assert.deepEqual(
        await auditActions(t, conference.id).then((a) => a.filter((x) => x.startsWith('delegate_'))),
        ['delegate_guest.imported'],
      );
      const delegation = (
        await officer.request('GET', `/api/conferences/${conference.id}/delegates`)
      ).json() as DelegationResponse;
      assert.deepEqual(
        delegation.candidates.map((c) => [c.name, c.category]),
        [
          ['Lê Thị Biển', 'khach_moi'],
          ['Hoàng Văn Tày', 'lanh_dao'],
        ],
      );
      const again = await importFile(officer, await sheetFile([GUEST_ROW]), true);
      assert.deepEqual(again.json().warnings, [
        'Dòng 2: trùng với đại biểu đã có "Lê Thị Biển" (cùng họ tên và năm sinh)',
      ]);
    });

    test('headers written differently, below a title row, are still recognised', async () => {
      const headers = ['Đối tượng', 'Họ tên', 'Năm sinh', 'Chức vụ, nơi công tác', 'Ghi chú'];
      const title = ['DANH SÁCH KHÁCH MỜI', '', '', '', ''];
      const data = await sheetFile(
        [['KM', 'Vũ Thị Ánh', '1990', 'Phóng viên Báo Hải Phòng', 'Đưa tin']],
        headers,
        [title, title],
      );
      const res = await importFile(officer, data, true);
      assertStatus(res, 200);
      const [g] = res.json().guests;
      assert.deepEqual(
        [g.category, g.name, g.birthYear, g.position, g.achievements],
        ['khach_moi', 'Vũ Thị Ánh', 1990, 'Phóng viên Báo Hải Phòng', 'Đưa tin'],
      );
    });

    test('the leader may not import (403) and Cát Hải does not see the conference (404)', async () => {
      const before = await storedNames();
      const file = await sheetFile([['Khách mời', 'Đinh Văn Lạ', '', '', '', '', '', '', '', '', '', '']]);
      assertStatus(await importFile(await t.as('lanhdao.blv'), file), 403);
      assertStatus(await importFile(await t.as('cathai'), file), 404);
      assert.deepEqual(await storedNames(), before);
    });
  });
}
