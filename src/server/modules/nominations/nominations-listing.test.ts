import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NominationListResponse } from '../../../shared/api/nominations.ts';
import { UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { listNominations } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

type Listed = NominationListResponse['nominations'][number];

const vi = new Intl.Collator('vi');
const givenName = (name: string) => name.trim().split(/\s+/u).at(-1) ?? '';
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();

/** The list of the demo's ~200 nominations: accent-free search, filters, counts and the given-name order. */
for (const engine of testEngines()) {
  describe(`nomination list (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let all: NominationListResponse;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      all = await listNominations(officer, t.demoConferenceId);
    });
    after(() => t.close());

    const list = (query: string) => listNominations(officer, t.demoConferenceId, query);

    test('“hau” finds Nguyễn Văn Hậu, and every hit has the word in its text, marks ignored', async () => {
      const found = await list('q=hau');
      assert.ok(found.nominations.some((n) => n.name === 'Nguyễn Văn Hậu'));
      assert.ok(found.total < all.total);
      for (const n of found.nominations) {
        const text = fold([n.name, n.nominatingUnitName, n.position, n.achievements].join(' '));
        assert.ok(text.includes('hau'), n.name);
      }
      const missed = all.nominations.filter((n) => !found.nominations.some((f) => f.id === n.id));
      assert.ok(
        missed.every((n) => !fold(n.name).includes('hau')),
        'no name with “hau” is left out',
      );
      for (const q of ['HẬU', 'Hậu', 'nguyen van hau']) {
        const again = await list(`q=${encodeURIComponent(q)}`);
        assert.ok(
          again.nominations.some((n) => n.name === 'Nguyễn Văn Hậu'),
          q,
        );
      }
    });

    test('collectives come first by name, then individuals by given name in Vietnamese order', () => {
      const kinds = all.nominations.map((n) => n.kind);
      const firstIndividual = kinds.indexOf('individual');
      assert.ok(firstIndividual > 0, 'the demo has collectives');
      assert.ok(kinds.slice(firstIndividual).every((k) => k === 'individual'));
      const collectives = all.nominations.slice(0, firstIndividual);
      const people = all.nominations.slice(firstIndividual);
      for (let i = 1; i < collectives.length; i++)
        assert.ok(vi.compare(collectives[i - 1].name, collectives[i].name) <= 0, collectives[i].name);
      for (let i = 1; i < people.length; i++) {
        const [a, b] = [givenName(people[i - 1].name), givenName(people[i].name)];
        assert.ok(vi.compare(a, b) <= 0, `${people[i - 1].name} before ${people[i].name}`);
      }
      // A handful by hand: An < Anh < Bình, and Hà < Hải < Hậu (tones after the plain letter).
      const firstOf = (given: string) => people.findIndex((n) => givenName(n.name) === given);
      const order = ['An', 'Bình', 'Hà', 'Hải', 'Hậu', 'Thắng'].map(firstOf).filter((i) => i >= 0);
      assert.ok(order.length >= 4, 'the demo has these given names');
      assert.deepEqual(
        order,
        [...order].sort((x, y) => x - y),
      );
    });

    test('each filter keeps only its value, and its count is the number shown', async () => {
      const schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
      const filters: Array<[string, string, keyof NominationListResponse['counts'], (n: Listed) => unknown]> =
        [
          ['unitId', schoolId, 'unit', (n) => n.nominatingUnitId],
          ['fieldCode', 'giao-duc', 'field', (n) => n.fieldCode],
          ['sectorCode', 'nha-nuoc', 'sector', (n) => n.sectorCode],
          ['gender', 'nu', 'gender', (n) => n.gender],
          ['ethnicCode', '01', 'ethnic', (n) => n.ethnicCode],
          ['directWorker', 'true', 'directWorker', (n) => String(n.directWorker)],
          ['state', 'accepted', 'state', (n) => n.state],
          ['kind', 'collective', 'kind', (n) => n.kind],
        ];
      for (const [key, value, group, read] of filters) {
        const res = await list(`${key}=${value}`);
        assert.ok(res.total > 0, `${key}=${value} finds something in the demo`);
        assert.ok(res.total < all.total, `${key}=${value} leaves something out`);
        assert.ok(
          res.nominations.every((n) => read(n) === value),
          key,
        );
        assert.equal(res.total, all.counts[group][value], `${key}: count ${group}.${value}`);
        assert.equal(res.total, all.nominations.filter((n) => read(n) === value).length);
      }
    });

    test('counts ignore the other filters but follow the search text', async () => {
      const filtered = await list('state=accepted&gender=nu&directWorker=true');
      assert.deepEqual(filtered.counts, all.counts);
      assert.ok(
        filtered.nominations.every((n) => n.state === 'accepted' && n.gender === 'nu' && n.directWorker),
      );
      assert.ok(filtered.total < all.counts.state.accepted);
      const sum = (group: Record<string, number>) => Object.values(group).reduce((a, b) => a + b, 0);
      assert.equal(sum(all.counts.kind), all.total);
      assert.equal(sum(all.counts.state), all.total);
      const searched = await list('q=hau');
      assert.equal(sum(searched.counts.kind), searched.total);
      assert.ok(sum(searched.counts.state) < all.total);
      const both = await list('q=hau&kind=individual');
      assert.deepEqual(both.counts, searched.counts);
    });

    test('a collective has no gender or ethnic group to count', () => {
      const people = all.counts.kind.individual;
      const sum = (group: Record<string, number>) => Object.values(group).reduce((a, b) => a + b, 0);
      assert.equal(sum(all.counts.gender), people);
      assert.equal(sum(all.counts.ethnic), people);
    });
  });
}
