import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Unit } from '../../../shared/api/units.ts';
import { agencyBody, assertStatus, createAgency, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';
import { listSubtree } from './units.repo.ts';

interface Tree {
  units: Unit[];
  homeUnitId: string;
}

for (const engine of testEngines()) {
  describe(`units (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let blvId: string;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      blvId = (await unitByKey(t, UNIT_KEYS.bachLongVi)).id;
    });
    after(() => t.close());

    const treeOf = async (client: TestClient) => (await client.request('GET', '/api/units')).json() as Tree;

    test('the Bạch Long Vĩ officer’s tree holds the city, its 114 communes and Bạch Long Vĩ’s own units', async () => {
      const tree = await treeOf(officer);
      assert.deepEqual(
        tree.units.filter((u) => u.kind === 'city').map((u) => u.fullName),
        ['Thành phố Hải Phòng'],
      );
      const communes = tree.units.filter((u) => u.kind === 'commune');
      const count = (label: string) => communes.filter((c) => c.typeLabel === label).length;
      assert.deepEqual([communes.length, count('xã'), count('phường'), count('đặc khu')], [114, 67, 45, 2]);
      const departments = tree.units.filter((u) => u.kind === 'department' && u.parentId === blvId);
      assert.deepEqual(departments.map((d) => d.fullName).sort(), [
        'Phòng Kinh tế',
        'Phòng Văn hóa - Xã hội',
        'Trung tâm sự nghiệp công',
        'Văn phòng Ủy ban nhân dân đặc khu',
        'Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu',
      ]);
      assert.ok(departments.every((d) => d.inScope));
      assert.equal(tree.homeUnitId, (await unitByKey(t, UNIT_KEYS.bachLongViCulture)).id);
      const catHai = communes.find((c) => c.officialCode === '11914');
      assert.equal(catHai?.inScope, false, 'other communes are listed but out of scope');
    });

    test('Cát Hải’s own units (agencies, former units) are not in the Bạch Long Vĩ officer’s tree', async () => {
      const catHai = await unitByKey(t, UNIT_KEYS.catHai);
      await createAgency(
        await t.as('cathai'),
        agencyBody(catHai.id, { fullName: 'Trường Mầm non Cát Hải thử nghiệm' }),
      );
      const catHaiUnits = (await listSubtree(t.handle.db, catHai.path)).filter((u) => u.id !== catHai.id);
      assert.ok(catHaiUnits.some((u) => u.kind === 'agency') && catHaiUnits.some((u) => u.kind === 'former'));
      const shown = new Set((await treeOf(officer)).units.map((u) => u.id));
      assert.deepEqual(
        catHaiUnits.filter((u) => shown.has(u.id)).map((u) => u.fullName),
        [],
      );
    });

    test('the city officer sees every unit, all of them in scope', async () => {
      const tree = await treeOf(await t.as('thanhpho'));
      const all = await t.handle.db.selectFrom('units').select('id').execute();
      assert.equal(tree.units.length, all.length);
      assert.ok(tree.units.every((u) => u.inScope));
    });

    test('an officer adds an agency under their commune; it is listed and audited', async () => {
      const created = await createAgency(
        officer,
        agencyBody(blvId, { fullName: 'Trạm Khí tượng Bạch Long Vĩ' }),
      );
      assert.deepEqual(
        [created.parentId, created.kind, created.version, created.inScope],
        [blvId, 'agency', 1, true],
      );
      const detail = (await officer.request('GET', `/api/units/${blvId}`)).json() as { children: Unit[] };
      assert.ok(
        detail.children.some((c) => c.id === created.id && c.fullName === 'Trạm Khí tượng Bạch Long Vĩ'),
      );
      const audit = (await officer.request('GET', `/api/audit?entityId=${created.id}`)).json();
      assert.deepEqual(
        audit.entries.map((e: { action: string; username: string }) => [e.action, e.username]),
        [['unit.created', 'bachlongvi']],
      );
    });

    test('an official code already in use gets 409 naming “Mã đơn vị”', async () => {
      const res = await officer.request('POST', '/api/units', agencyBody(blvId, { officialCode: '11914' }));
      assertStatus(res, 409);
      assert.match(res.json().error.message, /^Mã đơn vị 11914 đã được dùng/);
      assert.equal(res.json().error.fields[0].path, 'officialCode');
    });

    test('a malformed official code gets 400 naming the field', async () => {
      const res = await officer.request('POST', '/api/units', agencyBody(blvId, { officialCode: 'ABC' }));
      assertStatus(res, 400);
      assert.equal(res.json().error.fields[0].message, 'Mã đơn vị: phải gồm 2 đến 5 chữ số');
    });

    test('a rename with the current version is saved; one with a stale version gets 409', async () => {
      const agency = await createAgency(officer, agencyBody(blvId));
      const renamed = await officer.request('PATCH', `/api/units/${agency.id}`, {
        version: 1,
        fullName: 'Trường Mầm non Hoa Biển',
      });
      assertStatus(renamed, 200);
      assert.deepEqual([renamed.json().fullName, renamed.json().version], ['Trường Mầm non Hoa Biển', 2]);
      const stale = await officer.request('PATCH', `/api/units/${agency.id}`, {
        version: 1,
        fullName: 'Tên cũ hơn',
      });
      assertStatus(stale, 409);
      assert.match(stale.json().error.message, /^Đơn vị vừa được người khác thay đổi/);
      const stored = (await officer.request('GET', `/api/units/${agency.id}`)).json().unit as Unit;
      assert.equal(stored.fullName, 'Trường Mầm non Hoa Biển');
    });

    test('a commune officer cannot rename the commune itself: names are set by the city', async () => {
      const res = await officer.request('PATCH', `/api/units/${blvId}`, {
        version: 1,
        fullName: 'Đặc khu Bạch Long',
      });
      assertStatus(res, 403);
      assert.match(res.json().error.message, /do cấp trên quản lý/);
      assert.equal((await unitByKey(t, UNIT_KEYS.bachLongVi)).fullName, 'Đặc khu Bạch Long Vĩ');
    });

    test('the city officer may correct a commune’s name', async () => {
      const commune = await unitByKey(t, 'hp/10507');
      const res = await (await t.as('thanhpho')).request('PATCH', `/api/units/${commune.id}`, {
        version: commune.version,
        fullName: 'Phường Thành Đông Mới',
      });
      assertStatus(res, 200);
      const renamed = await unitByKey(t, 'hp/10507');
      assert.equal(renamed.fullName, 'Phường Thành Đông Mới');
      assert.equal(renamed.name, 'Thành Đông Mới', 'the short name that names conferences follows');
      const created = await (await t.as('thanhpho')).request('POST', '/api/conferences', {
        unitId: commune.id,
      });
      assertStatus(created, 201);
      assert.equal(created.json().name, 'Hội nghị tuyên dương điển hình tiên tiến phường Thành Đông Mới');
    });

    test('a commune name must keep its official type word', async () => {
      const commune = await unitByKey(t, 'hp/10525');
      const res = await (await t.as('thanhpho')).request('PATCH', `/api/units/${commune.id}`, {
        version: commune.version,
        fullName: 'Hải Dương',
      });
      assertStatus(res, 400);
      assert.match(res.json().error.fields[0].message, /^Tên: phải bắt đầu bằng/);
      assert.equal((await unitByKey(t, 'hp/10525')).fullName, 'Phường Hải Dương');
    });

    test('Bạch Long Vĩ has no council by default; its officer sets the office, 409 when stale, audited', async () => {
      const blv = await unitByKey(t, UNIT_KEYS.bachLongVi);
      const shown = (await officer.request('GET', `/api/units/${blv.id}`)).json().unit as Unit;
      assert.deepEqual(shown.office, {
        hasCouncil: false,
        officeName: 'Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ',
        shortName: 'Văn phòng Ủy ban nhân dân đặc khu',
        custom: false,
      });
      const url = `/api/units/${blv.id}/office`;
      const saved = await officer.request('PUT', url, {
        version: blv.version,
        hasCouncil: true,
        officeName: null,
      });
      assertStatus(saved, 200);
      assert.deepEqual(
        [saved.json().office.officeName, saved.json().version],
        ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu Bạch Long Vĩ', blv.version + 1],
      );
      const stale = await officer.request('PUT', url, {
        version: blv.version,
        hasCouncil: null,
        officeName: null,
      });
      assertStatus(stale, 409);
      const back = await officer.request('PUT', url, {
        version: blv.version + 1,
        hasCouncil: null,
        officeName: null,
      });
      assert.deepEqual([back.json().office.hasCouncil, back.json().office.custom], [false, false]);
      const audit = (await officer.request('GET', `/api/audit?entityId=${blv.id}`)).json();
      assert.deepEqual(
        audit.entries.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('unit.')),
        ['unit.office_updated', 'unit.office_updated'],
      );
    });

    test('an office name must start with "Văn phòng"; only the city and communes have one; a leader may not', async () => {
      const blv = await unitByKey(t, UNIT_KEYS.bachLongVi);
      const url = `/api/units/${blv.id}/office`;
      const bad = await officer.request('PUT', url, {
        version: blv.version,
        hasCouncil: null,
        officeName: 'UBND',
      });
      assertStatus(bad, 400);
      assert.equal(bad.json().error.fields[0].path, 'officeName');
      const wrong = await officer.request('PUT', url, {
        version: blv.version,
        hasCouncil: null,
        officeName: 'Phòng Văn hóa - Xã hội',
      });
      assertStatus(wrong, 400);
      assert.equal(wrong.json().error.fields[0].message, 'Tên văn phòng: phải bắt đầu bằng "Văn phòng"');
      const agency = await createAgency(officer, agencyBody(blvId, { fullName: 'Trường Tiểu học thử' }));
      const onAgency = await officer.request('PUT', `/api/units/${agency.id}/office`, {
        version: agency.version,
        hasCouncil: false,
        officeName: null,
      });
      assertStatus(onAgency, 400);
      const leader = await t.as('lanhdao.blv');
      assertStatus(
        await leader.request('PUT', url, { version: blv.version, hasCouncil: true, officeName: null }),
        403,
      );
      assert.equal((await unitByKey(t, UNIT_KEYS.bachLongVi)).version, blv.version);
    });

    test('a phường’s plan assigns work to the office of its council and Ủy ban nhân dân', async () => {
      const commune = await unitByKey(t, 'hp/10525');
      const created = await (await t.as('thanhpho')).request('POST', '/api/conferences', {
        unitId: commune.id,
      });
      assertStatus(created, 201);
      const names = created.json().plan.assignments.map((a: { unitName: string }) => a.unitName);
      assert.ok(names.includes('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường'), names.join(' | '));
    });
  });
}
