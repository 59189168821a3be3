import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { UNIT_KEYS, unitByKey } from '../testing/factories.ts';
import { addNomination, individualBody } from '../testing/nomination-factories.ts';
import { createTestApp, multipartForm, type TestApp, type TestClient } from '../testing/test-app.ts';
import { testEngines } from '../testing/test-database.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

/** A refusal the user can act on: 4xx, in Vietnamese, and when a field is at fault, naming it. */
function assertRefused(res: LightMyRequestResponse, status: number, field?: { path: string; text: RegExp }) {
  assert.equal(res.statusCode, status, res.body);
  const body = res.json() as ErrorBody;
  assert.equal(body.error.code, 'VALIDATION');
  assert.notEqual(body.error.message, 'Yêu cầu không hợp lệ.');
  if (field) {
    const line = body.error.fields?.find((f) => f.path === field.path);
    assert.ok(line, `no line for ${field.path}: ${res.body}`);
    assert.match(line.message, field.text);
  }
  return body;
}

/** Replaces the first text found inside `value` (depth first) with one holding a NUL character. */
function withNulInside(value: unknown): { value: unknown; path: string } | null {
  if (typeof value === 'string') return { value: `a\u0000b`, path: '' };
  if (value && typeof value === 'object') {
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
    for (const key of Object.keys(copy)) {
      const found = withNulInside(copy[key]);
      if (found) {
        copy[key] = found.value;
        return { value: copy, path: found.path ? `${key}.${found.path}` : key };
      }
    }
  }
  return null;
}

/** Input the database cannot store is refused with a field message before it reaches a route. */
for (const engine of testEngines()) {
  describe(`shared input guards (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let city: TestClient;
    let nominationUrl: string;
    before(async () => {
      t = await createTestApp(engine);
      [officer, city] = await Promise.all([t.as('bachlongvi'), t.as('thanhpho')]);
      const clinicId = (await unitByKey(t, UNIT_KEYS.bachLongViClinic)).id;
      const added = await addNomination(officer, t.demoConferenceId, individualBody(clinicId));
      nominationUrl = `/api/nominations/${added.id}`;
    });
    after(() => t.close());

    const conferenceEdit = async () => {
      const res = await officer.request('GET', `/api/conferences/${t.demoConferenceId}`);
      assert.equal(res.statusCode, 200, res.body);
      const c = res.json();
      const keys = ['version', 'name', 'nameLine2', 'ordinal', 'term', 'year', 'session', 'deadline'];
      const more = ['maxDelegates', 'exemplaryShare', 'guestShare', 'plan'];
      return Object.fromEntries([...keys, ...more].map((k) => [k, c[k]])) as Record<string, unknown>;
    };
    const saveConference = (body: object) =>
      officer.request('PUT', `/api/conferences/${t.demoConferenceId}`, body);

    test('the conference edit the probes start from is itself accepted', async () => {
      const res = await saveConference(await conferenceEdit());
      assert.equal(res.statusCode, 200, res.body);
    });

    test('a NUL character in a text field is refused naming the field', async () => {
      const body = await conferenceEdit();
      const res = await saveConference({ ...body, name: 'Hội nghị\u0000' });
      const err = assertRefused(res, 400, { path: 'name', text: /không được chứa ký tự NUL/ });
      assert.match(err.error.message, /không được chứa ký tự NUL/);
    });

    test('a NUL character deep inside the plan is refused naming where it is', async () => {
      const body = await conferenceEdit();
      const changed = withNulInside(body.plan);
      assert.ok(changed, 'the demo plan holds some text');
      const res = await saveConference({ ...body, plan: changed.value });
      assertRefused(res, 400, { path: `plan.${changed.path}`, text: /không được chứa ký tự NUL/ });
    });

    test('a NUL character in a search query or a path is refused', async () => {
      const search = await officer.request(
        'GET',
        `/api/conferences/${t.demoConferenceId}/nominations?q=${encodeURIComponent('an\u0000')}`,
      );
      assertRefused(search, 400, { path: 'q', text: /không được chứa ký tự NUL/ });
      const path = await officer.request('GET', `/api/conferences/${encodeURIComponent('x\u0000')}`);
      assertRefused(path, 400, { path: 'id', text: /không được chứa ký tự NUL/ });
      const verify = await t.app.inject({ method: 'GET', url: `/xac-thuc/${encodeURIComponent('x\u0000')}` });
      assertRefused(verify, 400, { path: 'token', text: /không được chứa ký tự NUL/ });
    });

    test('a version beyond what the database stores is refused, not overflowed', async () => {
      const body = await conferenceEdit();
      const res = await saveConference({ ...body, version: 2 ** 31 });
      assertRefused(res, 400, { path: 'version', text: /không được lớn hơn 2147483647/ });
      const query = await officer.request('DELETE', `${nominationUrl}?version=${2 ** 31}`);
      assertRefused(query, 400, { path: 'version', text: /không được lớn hơn 2147483647/ });
    });

    test('a sort order of 1e308 is refused naming the field', async () => {
      const lists = (await city.request('GET', '/api/reference')).json();
      const items = lists.field.map((item: object, i: number) =>
        i === 0 ? { ...item, sortOrder: 1e308 } : item,
      );
      const res = await city.request('PUT', '/api/reference/field', { items, version: lists.versions.field });
      assertRefused(res, 400, { path: 'items.0.sortOrder', text: /Thứ tự: / });
    });

    test('an upload sent as multipart without a boundary is refused as a bad form', async () => {
      const form = multipartForm({ data: Buffer.from('abc'), fileName: 'a.png' });
      const res = await t.app.inject({
        method: 'POST',
        url: `${nominationUrl}/photo`,
        headers: {
          cookie: officer.cookie,
          'x-csrf-token': officer.csrfToken,
          'content-type': 'multipart/form-data',
        },
        payload: form.body,
      });
      const err = assertRefused(res, 400, { path: 'file', text: /multipart/ });
      assert.equal(err.error.message, 'Tệp tải lên không đúng định dạng multipart.');
    });

    test('an upload over the size limit says the file is too large and what the limit is', async () => {
      const res = await officer.upload(`${nominationUrl}/photo`, {
        data: Buffer.alloc(10 * 1024 * 1024 + 1, 1),
        fileName: 'lon.png',
        contentType: 'image/png',
      });
      const err = assertRefused(res, 413, { path: 'file', text: /quá lớn/ });
      assert.equal(err.error.message, 'Tệp quá lớn: tối đa 10 MB.');
    });

    test('a NUL character in an upload form field or file name is refused', async () => {
      const res = await officer.upload(`${nominationUrl}/photo`, {
        data: Buffer.from('abc'),
        fileName: 'a\u0000.png',
      });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, res.body);
    });

    test('every route of the API refuses a NUL character in its path, query or body with a 4xx', async () => {
      const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      const failures: string[] = [];
      let refusedForNul = 0;
      let probes = 0;
      for (const [path, operations] of Object.entries(spec.paths)) {
        for (const method of Object.keys(operations)) {
          const verb = method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
          if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(verb)) continue;
          const hasParams = path.includes('{');
          const url = path.replace(/\{[^}]+\}/g, encodeURIComponent('x\u0000'));
          const body =
            verb === 'GET' || verb === 'DELETE' ? undefined : { name: 'a\u0000', plan: [{ a: 'b\u0000' }] };
          const res = await officer.request(verb, `${url}?q=${encodeURIComponent('c\u0000')}`, body);
          probes++;
          if (res.statusCode >= 500 || res.statusCode < 400)
            failures.push(`${verb} ${path}: ${res.statusCode}`);
          if (res.statusCode === 400 && /ký tự NUL/.test(res.body)) refusedForNul++;
          else if (hasParams || body)
            failures.push(`${verb} ${path}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
      assert.deepEqual(failures, []);
      assert.ok(probes > 80, `only ${probes} routes probed`);
      assert.equal(refusedForNul, probes);
    });
  });
}
