import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ReferenceItem } from '../../../shared/api/nominations.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { individualBody } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

type ListName = 'ethnic' | 'field' | 'sector' | 'priority';
type Lists = Record<ListName, ReferenceItem[]> & { versions: Record<ListName, number> };

/** The shared lists (ethnic groups, fields, sectors, priority areas): read by all, edited by the city only. */
for (const engine of testEngines()) {
  describe(`reference lists (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let city: TestClient;
    let schoolId: string;
    before(async () => {
      t = await createTestApp(engine);
      [school, city] = await Promise.all([t.as('truonghoc.blv'), t.as('thanhpho')]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
    });
    after(() => t.close());

    const lists = async (client: TestClient = school) => {
      const res = await client.request('GET', '/api/reference');
      assertStatus(res, 200);
      return res.json() as Lists;
    };
    /** Saves a list naming the version just read (or the one given). */
    const put = async (client: TestClient, list: ListName, items: ReferenceItem[], version?: number) =>
      client.request('PUT', `/api/reference/${list}`, {
        items,
        version: version ?? (await lists(city)).versions[list] ?? 0,
      });
    const item = (code: string, label: string, sortOrder: number, active = true): ReferenceItem => ({
      code,
      label,
      aliases: [],
      active,
      sortOrder,
    });
    const nominate = (overrides: object) =>
      school.request(
        'POST',
        `/api/conferences/${t.demoConferenceId}/nominations`,
        individualBody(schoolId, overrides),
      );

    test('every signed-in user reads the four lists: the 54 ethnic groups (Kinh first) and foreigners', async () => {
      const { ethnic, field, sector, priority } = await lists();
      assert.deepEqual(
        ethnic.map((e) => e.code),
        Array.from({ length: 55 }, (_, i) => String(i + 1).padStart(2, '0')),
      );
      assert.deepEqual([ethnic[0].label, ethnic[54].label], ['Kinh', 'Người nước ngoài']);
      assert.ok(field.some((f) => f.code === 'giao-duc'));
      assert.ok(sector.some((s) => s.code === 'ho-gia-dinh'));
      assert.deepEqual(
        priority.map((p) => p.code),
        ['kinh-te-xa-hoi', 'quoc-phong-an-ninh', 'sap-xep-bo-may'],
      );
    });

    test('only a city administrator edits a list: 403 for the Bạch Long Vĩ admin, its leader and the school', async () => {
      const before = await lists();
      const changed = [...before.field, item('bien-dao', 'Biển, đảo', 99)];
      for (const username of ['bachlongvi', 'lanhdao.blv', 'truonghoc.blv', 'cathai']) {
        const res = await put(await t.as(username), 'field', changed);
        assertStatus(res, 403);
        assert.match(res.json().error.message, /quản trị thành phố/);
      }
      assert.deepEqual(await lists(), before);
    });

    test('a list with a repeated code is refused with 400 and left as it was', async () => {
      const before = await lists();
      const res = await put(city, 'sector', [...before.sector, item('nha-nuoc', 'Nhà nước (lặp)', 99)]);
      assertStatus(res, 400);
      assert.match(res.json().error.message, /Mã "nha-nuoc" bị lặp/);
      assertStatus(await put(city, 'sector', []), 400);
      assertStatus(await put(city, 'sector', [item('', 'Không mã', 1)]), 400);
      assert.deepEqual((await lists()).sector, before.sector);
    });

    test('the city adds a field: saved, audited, and accepted by validation at once', async () => {
      assertStatus(await nominate({ fieldCode: 'bien-dao' }), 400);
      const before = await lists();
      const items = [...before.field, item('bien-dao', 'Kinh tế biển, đảo', 99)];
      const res = await put(city, 'field', items);
      assertStatus(res, 200);
      assert.deepEqual(res.json().items, items);
      assert.deepEqual((await lists()).field, items);
      assertStatus(await nominate({ fieldCode: 'bien-dao' }), 201);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['username', 'before', 'after'])
        .where('action', '=', 'reference.updated')
        .where('entity_id', '=', 'field')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(audit.username, 'thanhpho');
      assert.deepEqual(
        [(audit.before as unknown[]).length, (audit.after as unknown[]).length],
        [before.field.length, items.length],
      );
    });

    test('a retired or removed item is refused by validation at once', async () => {
      const { priority } = await lists();
      const retired = priority.map((p) => (p.code === 'sap-xep-bo-may' ? { ...p, active: false } : p));
      assertStatus(await put(await t.as('admin'), 'priority', retired), 200);
      const res = await nominate({ priorityAreas: ['sap-xep-bo-may'] });
      assertStatus(res, 400);
      assert.match(res.json().error.message, /Lĩnh vực ưu tiên: "Sắp xếp bộ máy" đã ngừng sử dụng/);

      const { ethnic } = await lists();
      assertStatus(
        await put(
          city,
          'ethnic',
          ethnic.filter((e) => e.code !== '54'),
        ),
        200,
      );
      const gone = await nominate({ ethnicCode: '54' });
      assertStatus(gone, 400);
      assert.match(gone.json().error.message, /Dân tộc: mã "54" không có trong danh mục/);
      assertStatus(await nominate({ ethnicCode: '53' }), 201);
    });

    test('two administrators save a list from the same version: the second gets 409 and the first stays', async () => {
      const other = await t.as('admin');
      const [mine, theirs] = [await lists(city), await lists(other)];
      assert.equal(mine.versions.sector, theirs.versions.sector);
      const audited = await t.ctx.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'reference.updated')
        .execute();
      const first = [...mine.sector, item('hop-tac-xa-moi', 'Hợp tác xã kiểu mới', 90)];
      const ok = await put(city, 'sector', first, mine.versions.sector);
      assertStatus(ok, 200);
      assert.equal(ok.json().version, mine.versions.sector + 1);
      const stale = await put(
        other,
        'sector',
        [...theirs.sector, item('khac-2', 'Khác nữa', 91)],
        theirs.versions.sector,
      );
      assertStatus(stale, 409);
      assert.match(stale.json().error.message, /vừa được người khác thay đổi/);
      const after = await lists();
      assert.deepEqual(after.sector, first);
      assert.equal(after.versions.sector, mine.versions.sector + 1);
      const auditedAfter = await t.ctx.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'reference.updated')
        .execute();
      assert.equal(auditedAfter.length, audited.length + 1);
    });

    test('an unknown list name is 400 and nothing changes', async () => {
      const res = await put(city, 'colours' as ListName, [item('do', 'Đỏ', 1)]);
      assertStatus(res, 400);
      const rows = await t.handle.db.selectFrom('reference_items').select('list').distinct().execute();
      assert.deepEqual(rows.map((r) => r.list).sort(), ['ethnic', 'field', 'priority', 'sector']);
    });
  });
}
