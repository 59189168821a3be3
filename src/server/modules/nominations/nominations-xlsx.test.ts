import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/access.ts';
import { DomainError } from '../../../core/errors/domain-error.ts';
import { NOMINATION_COLUMNS } from '../../../core/nominations/columns.ts';
import { collectiveInput, individualInput } from '../../../core/nominations/nomination.fixture.ts';
import type { NominationInput } from '../../../core/nominations/types.ts';
import { readSheets } from '../../render/xlsx.ts';
import { DEMO_PASSWORD } from '../../seed/demo.ts';
import { createConference, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { nominationSheet, nominationSheetRows, SHEET_UNITS } from '../../testing/nomination-sheets.ts';
import { createTestApp, fixedClock, type TestApp } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';
import { login, resolveSession } from '../auth/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { findNomination, insertNominations, listConferenceNominations } from './nominations.repo.ts';
import {
  exportNominations,
  importNominations,
  nominationTemplate,
  previewImport,
} from './nominations-xlsx.service.ts';

const HEADERS = NOMINATION_COLUMNS.map((c) => c.header);
const col = (key: string) => NOMINATION_COLUMNS.findIndex((c) => c.key === key);

/** The actor behind a demo user's session, as the routes would pass it. */
async function actorOf(t: TestApp, username: string): Promise<Actor> {
  const session = await login(t.ctx, { username, password: DEMO_PASSWORD }, { ip: null, userAgent: null });
  const resolved = await resolveSession(t.ctx, session.token);
  assert.ok(resolved);
  return resolved.actor;
}

const INPUT_KEYS = Object.keys(individualInput()) as Array<keyof NominationInput>;

/** What a nomination says, without what the system adds (ids, numbers, states, stored files), in a stable order. */
function contents(list: NominationInput[]) {
  const identity = (n: NominationInput) => JSON.stringify([n.name, n.birthYear, n.nominatingUnitId]);
  return [...list]
    .sort((a, b) => identity(a).localeCompare(identity(b)))
    .map((n) => ({
      ...Object.fromEntries(INPUT_KEYS.map((k) => [k, n[k]])),
      vote: n.vote ? { ...n.vote, minutesFileId: null } : null,
    }));
}

async function counts(t: TestApp) {
  const row = await t.handle.db
    .selectFrom('nominations')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const audit = await t.handle.db
    .selectFrom('audit_log')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { nominations: row.n, audit: audit.n };
}

for (const engine of testEngines()) {
  describe(`nominations in Excel (${engine})`, () => {
    let t: TestApp;
    let officer: Actor;
    let secondConferenceId: string;
    // After the demo's grassroots meetings (up to 20/8/2025), before the deadline.
    before(async () => {
      t = await createTestApp(engine, { now: fixedClock('2025-08-22T02:00:00.000Z') });
      officer = await actorOf(t, 'bachlongvi');
      const client = await t.as('bachlongvi');
      secondConferenceId = (await createConference(client, (await unitByKey(t, UNIT_KEYS.bachLongVi)).id)).id;
    });
    after(() => t.close());

    const file = (data: Buffer, fileName = 'de-cu.xlsx') => ({ data, fileName });

    test('the template has exactly the template header row, drop-downs, instructions and hidden lists', async () => {
      const bytes = await nominationTemplate(await loadReferenceLists(t.handle.db));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      assert.deepEqual(
        wb.worksheets.map((w) => [w.name, w.state]),
        [
          ['Đề cử', 'visible'],
          ['Hướng dẫn', 'visible'],
          ['Danh mục', 'hidden'],
        ],
      );
      const sheet = wb.getWorksheet('Đề cử');
      assert.ok(sheet);
      assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), HEADERS);
      assert.equal(sheet.rowCount, 1);
      assert.equal(sheet.views[0].state, 'frozen');
      const dropDowns: Array<[string, string]> = [
        ['kind', 'A'],
        ['gender', 'B'],
        ['ethnic', 'C'],
        ['field', 'D'],
        ['sector', 'E'],
        ['directWorker', 'F'],
      ];
      for (const [key, list] of dropDowns) {
        const v: ExcelJS.DataValidation | undefined = sheet.getRow(2).getCell(col(key) + 1).dataValidation;
        assert.equal(v?.type, 'list', key);
        assert.match(
          String(v?.formulae[0]),
          new RegExp(`^'Danh mục'!\\$${list}\\$2:\\$${list}\\$\\d+$`),
          key,
        );
      }
      const lists = await readSheets(bytes);
      const danhMuc = lists.find((s) => s.name === 'Danh mục');
      assert.deepEqual(
        danhMuc?.rows.slice(0, 3).map((r) => r.slice(0, 2)),
        [
          ['Loại', 'Giới tính'],
          ['Cá nhân', 'Nam'],
          ['Tập thể', 'Nữ'],
        ],
      );
      assert.equal(danhMuc?.rows.filter((r) => r[2]).length, 1 + 55);
      const guide = lists.find((s) => s.name === 'Hướng dẫn')?.rows.map((r) => r.join(' | ')) ?? [];
      for (const h of HEADERS)
        assert.ok(
          guide.some((line) => line.includes(h)),
          h,
        );
      assert.ok(guide.some((line) => line.includes('Dòng N, cột X')));
    });

    test('an export imported into another conference gives the same nominations', async () => {
      const exported = await exportNominations(t.ctx, officer, t.demoConferenceId, {});
      const source = await listConferenceNominations(t.handle.db, t.demoConferenceId);
      const sheet = (await readSheets(exported)).find((s) => s.name === 'Đề cử');
      assert.deepEqual(sheet?.rows[0].slice(0, HEADERS.length), HEADERS);
      assert.equal(sheet?.rows.length, source.length + 1);

      const result = await importNominations(t.ctx, officer, secondConferenceId, file(exported), {
        dryRun: false,
      });
      assert.deepEqual(result.errors, []);
      assert.equal(result.imported, source.length);
      // Every row is the same person as one of the demo conference: flagged, still imported.
      assert.equal(result.warnings.length, source.length);
      assert.match(result.warnings[0], /^Dòng 2: trùng với đề cử số \d+ đã có ở hội nghị khác$/);

      const imported = await listConferenceNominations(t.handle.db, secondConferenceId);
      assert.ok(imported.every((n) => n.state === 'draft'));
      assert.deepEqual(contents(imported), contents(source));

      const entry = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'after'])
        .where('entity_id', '=', secondConferenceId)
        .where('action', '=', 'nomination.imported')
        .execute();
      assert.deepEqual(
        entry.map((e) => (e.after as { count: number; fileName: string }).count),
        [source.length],
      );
      assert.equal((entry[0].after as { fileName: string }).fileName, 'de-cu.xlsx');
    });

    test('a 500-row file with three bad rows is refused naming exactly those rows, and changes nothing', async () => {
      const target = (
        await createConference(await t.as('bachlongvi'), (await unitByKey(t, UNIT_KEYS.bachLongVi)).id)
      ).id;
      const rows = nominationSheetRows(500, 7);
      const good = structuredClone(rows);
      rows[5][col('birthYear')] = '19x5'; // Excel row 7
      rows[247][col('ethnic')] = 'Kihn'; // Excel row 249
      rows[498][col('inFavour')] = String(Number(rows[498][col('present')]) + 1); // Excel row 500
      const before = await counts(t);

      const refused = await importNominations(t.ctx, officer, target, file(await nominationSheet(rows)), {
        dryRun: false,
      });
      assert.equal(refused.ok, false);
      assert.equal(refused.imported, 0);
      assert.deepEqual(refused.errors, [
        'Dòng 7, cột E: Năm sinh "19x5" không phải là năm hợp lệ',
        'Dòng 249, cột F: Dân tộc "Kihn" không có trong danh mục',
        `Dòng 500, cột R: Số phiếu đồng ý: không được lớn hơn số người dự họp (${rows[498][col('present')]})`,
      ]);
      assert.deepEqual(await counts(t), before);

      const fixed = await importNominations(t.ctx, officer, target, file(await nominationSheet(good)), {
        dryRun: false,
      });
      assert.deepEqual(fixed.errors, []);
      assert.equal(fixed.imported, 500);
      assert.equal((await listConferenceNominations(t.handle.db, target)).length, 500);
    });

    test("a unit's own sheet with a title, renamed and shuffled headers imports through the proposed mapping", async () => {
      const headers = [
        'SĐT',
        'Ho ten',
        'Năm sinh',
        'Giới tính',
        'Dân tộc',
        'Cá nhân/Tập thể',
        'Đơn vị',
        'CCCD',
        'Ghi chú',
      ];
      const data = await nominationSheet(
        [
          ['0912345678', 'Phạm Văn Biển', 1975, 'nam', 'kinh', 'CN', SHEET_UNITS[0], '031075001234', 'x'],
          ['', 'Lê Thị Sóng', '1990', 'Nữ', 'Tày', 'Cá nhân', SHEET_UNITS[1], '', ''],
        ],
        headers,
        { title: 'DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN' },
      );
      const preview = await previewImport(t.ctx, officer, secondConferenceId, file(data));
      assert.deepEqual(
        [preview.sheetName, preview.headerRow, preview.rowCount, preview.headers],
        ['Danh sách', 3, 2, headers],
      );
      assert.deepEqual(
        [
          preview.mapping.phone,
          preview.mapping.name,
          preview.mapping.birthYear,
          preview.mapping.kind,
          preview.mapping.nominatingUnit,
          preview.mapping.citizenId,
          preview.mapping.field,
        ],
        [0, 1, 2, 5, 6, 7, null],
      );
      const result = await importNominations(t.ctx, officer, secondConferenceId, file(data), {
        mapping: preview.mapping,
        dryRun: false,
      });
      assert.deepEqual(result.errors, []);
      assert.equal(result.imported, 2);
      const stored = (await listConferenceNominations(t.handle.db, secondConferenceId)).find(
        (n) => n.name === 'Phạm Văn Biển',
      );
      assert.deepEqual(
        [
          stored?.gender,
          stored?.birthYear,
          stored?.ethnicCode,
          stored?.citizenId,
          stored?.phone,
          stored?.nominatingUnitName,
        ],
        ['nam', 1975, '01', '031075001234', '0912345678', SHEET_UNITS[0]],
      );
    });

    test('a dry run reports what would be imported and changes nothing', async () => {
      const before = await counts(t);
      const result = await importNominations(
        t.ctx,
        officer,
        secondConferenceId,
        file(await nominationSheet(nominationSheetRows(20, 99))),
        { dryRun: true },
      );
      assert.deepEqual([result.ok, result.dryRun, result.imported, result.errors], [true, true, 20, []]);
      assert.deepEqual(await counts(t), before);
    });

    test('rows for units outside the user’s scope are refused on their row', async () => {
      const school = await actorOf(t, 'truonghoc.blv');
      const rows = nominationSheetRows(3, 5).map((r, i) => {
        r[col('nominatingUnit')] = i === 1 ? SHEET_UNITS[0] : SHEET_UNITS[1];
        return r;
      });
      const result = await importNominations(
        t.ctx,
        school,
        secondConferenceId,
        file(await nominationSheet(rows)),
        {
          dryRun: false,
        },
      );
      assert.deepEqual(result.errors, [`Dòng 3, cột H: bạn không được đề cử cho đơn vị "${SHEET_UNITS[0]}"`]);
    });

    test('an export for a user without the personal-data right masks CCCD and phone', async () => {
      const school = await actorOf(t, 'truonghoc.blv');
      const rows = nominationSheetRows(1, 11).map((r) => {
        r[col('nominatingUnit')] = SHEET_UNITS[1];
        r[col('name')] = 'Đỗ Thị Riêng Tư';
        r[col('citizenId')] = '031080099999';
        r[col('phone')] = '0987654321';
        return r;
      });
      const done = await importNominations(
        t.ctx,
        officer,
        secondConferenceId,
        file(await nominationSheet(rows)),
        {
          dryRun: false,
        },
      );
      assert.deepEqual(done.errors, []);
      const find = async (actor: Actor) => {
        const sheet = (
          await readSheets(await exportNominations(t.ctx, actor, secondConferenceId, { q: 'rieng tu' }))
        )[0];
        assert.equal(sheet.rows.length, 2);
        return sheet.rows[1].slice(col('citizenId'), col('phone') + 1);
      };
      assert.deepEqual(await find(school), ['********9999', '0987***321']);
      assert.deepEqual(await find(officer), ['031080099999', '0987654321']);
    });

    test('the bulk insert stores every field it is given, numbered after the last', async () => {
      const item = {
        ...collectiveInput({
          nominatingUnitId: (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id,
          citizenId: '031080012345',
          phone: '0912345678',
        }),
        state: 'council_approved' as const,
        returnReason: 'Bổ sung biên bản',
        council: { meetingDate: '2025-08-19', members: 11, present: 9, inFavour: 8 },
        duplicateKey: 'khoa-thu-nghiem',
        submittedAt: new Date('2025-08-10T03:00:00.000Z'),
      };
      const meta = { now: t.ctx.now(), createdBy: officer.userId };
      const [first, second] = await insertNominations(t.handle.db, secondConferenceId, [item, item], meta);
      const stored = await findNomination(t.handle.db, first);
      assert.ok(stored);
      assert.equal(stored.name, item.name);
      assert.equal(stored.kind, 'collective');
      assert.equal(stored.memberCount, item.memberCount);
      assert.deepEqual(stored.priorityAreas, item.priorityAreas);
      assert.deepEqual(stored.vote, item.vote);
      assert.deepEqual(stored.council, item.council);
      assert.equal(stored.state, 'council_approved');
      assert.equal(stored.returnReason, 'Bổ sung biên bản');
      assert.equal(stored.citizenId, '031080012345');
      assert.equal(stored.submittedAt, '2025-08-10T03:00:00.000Z');
      assert.equal(stored.duplicateKey, 'khoa-thu-nghiem');
      assert.equal((await findNomination(t.handle.db, second))?.number, stored.number + 1);
      await t.handle.db.deleteFrom('nominations').where('id', 'in', [first, second]).execute();
    });

    test('a file that is not an .xlsx is refused in Vietnamese', async () => {
      await assert.rejects(
        importNominations(
          t.ctx,
          officer,
          secondConferenceId,
          file(Buffer.from('Họ tên,Năm sinh\nA,1980\n'), 'de-cu.csv'),
          {
            dryRun: false,
          },
        ),
        (e: unknown) =>
          e instanceof DomainError &&
          e.code === 'VALIDATION' &&
          /không phải là bảng tính Excel/.test(e.message),
      );
    });

    test('Cát Hải cannot import into or export from the Bạch Long Vĩ conference', async () => {
      const catHai = await actorOf(t, 'cathai');
      const data = await nominationSheet(nominationSheetRows(1, 3));
      await assert.rejects(
        importNominations(t.ctx, catHai, secondConferenceId, file(data), { dryRun: true }),
        (e: unknown) => e instanceof DomainError && e.code === 'NOT_FOUND',
      );
      await assert.rejects(
        exportNominations(t.ctx, catHai, secondConferenceId, {}),
        (e: unknown) => e instanceof DomainError && e.code === 'NOT_FOUND',
      );
    });
  });
}
