import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Conference } from '../../../core/conference/types.ts';
import { protocolRank } from '../../../core/delegation/protocol.ts';
import { scoreCandidate } from '../../../core/delegation/score.ts';
import { DELEGATE_CATEGORIES, type DelegateCandidate } from '../../../core/delegation/types.ts';
import type { CouncilVote } from '../../../core/nominations/types.ts';
import { compareByGivenName, compareVietnamese } from '../../../core/vietnamese/collate.ts';
import type { DelegationResponse } from '../../../shared/api/delegation.ts';
import type { Db } from '../../db/database.ts';
import { assertStatus, createConference, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { actOk, COUNCIL_FOR, demoNominationId, loadNomination } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { openTestDatabase, testEngines } from '../../testing/test-database.ts';
import { createBackup, restoreBackup } from '../backup/index.ts';
import { addGuest, guestBody } from './guests.fixture.ts';

for (const engine of testEngines()) {
  describe(`the delegation of a conference (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
    });
    after(() => t.close());

    const load = async (conferenceId: string, client = officer): Promise<DelegationResponse> => {
      const res = await client.request('GET', `/api/conferences/${conferenceId}/delegates`);
      assertStatus(res, 200);
      return res.json() as DelegationResponse;
    };

    test('candidates are exactly the council-approved nominations and the guests, scored', async () => {
      const accepted = await loadNomination(
        officer,
        await demoNominationId(t, UNIT_KEYS.bachLongViSchool, 'accepted'),
      );
      await actOk(officer, accepted, 'council_approve', { council: COUNCIL_FOR });
      const delegation = await load(t.demoConferenceId);
      const db = t.handle.db;
      const approved = await db
        .selectFrom('nominations as n')
        .innerJoin('units as u', 'u.id', 'n.nominating_unit_id')
        .select(['n.id', 'n.awards', 'n.council', 'n.direct_worker', 'n.priority_areas', 'u.full_name'])
        .where('n.conference_id', '=', t.demoConferenceId)
        .where('n.state', '=', 'council_approved')
        .execute();
      const guests = await db
        .selectFrom('delegate_guests')
        .select('id')
        .where('conference_id', '=', t.demoConferenceId)
        .execute();
      const byId = new Map(delegation.candidates.map((c) => [c.id, c]));
      assert.deepEqual(
        [...byId.keys()].sort(),
        [...approved.map((n) => n.id), ...guests.map((g) => g.id)].sort(),
      );
      assert.ok(byId.has(accepted.id), 'the nomination the council just approved is a candidate');
      const weights = delegation.composition.weights;
      for (const n of approved) {
        const c = byId.get(n.id) as DelegateCandidate;
        const council = n.council as CouncilVote;
        const expected = scoreCandidate(
          {
            category: 'dien_hinh',
            awards: n.awards,
            councilShare: council.inFavour / council.members,
            council: { inFavour: council.inFavour, base: council.members },
            directWorker: n.direct_worker,
            priorityAreas: n.priority_areas as string[],
          },
          weights,
        );
        assert.deepEqual(
          [c.category, c.source, c.score, c.scoreParts],
          ['dien_hinh', 'nomination', expected.score, expected.parts],
        );
        assert.equal(c.nominatingUnitName, n.full_name);
      }
    });

    test('candidates come by category; exemplary collectives then given names, guests and leaders by protocol', async () => {
      const { candidates } = await load(t.demoConferenceId);
      for (let i = 1; i < candidates.length; i++) {
        const [a, b] = [candidates[i - 1], candidates[i]];
        const order =
          DELEGATE_CATEGORIES.indexOf(a.category) - DELEGATE_CATEGORIES.indexOf(b.category) ||
          (a.category === 'dien_hinh'
            ? (a.kind === b.kind ? 0 : a.kind === 'collective' ? -1 : 1) ||
              (a.kind === 'collective'
                ? compareVietnamese(a.name, b.name)
                : compareByGivenName(a.name, b.name))
            : protocolRank(a.position) - protocolRank(b.position) || compareByGivenName(a.name, b.name));
        assert.ok(order <= 0, `${a.name} before ${b.name}`);
      }
      const leaders = candidates.filter((c) => c.category === 'lanh_dao');
      assert.match(leaders[0].position, /^Bí thư Đảng ủy/);
    });

    test('a new conference has the plan’s figures, no approved list and nothing to evaluate', async () => {
      const conference = await createConference(officer, (await unitByKey(t, UNIT_KEYS.bachLongVi)).id);
      const d = await load(conference.id);
      assert.deepEqual(
        [d.conferenceId, d.maxDelegates, d.exemplaryShare, d.guestShare],
        [conference.id, conference.maxDelegates, conference.exemplaryShare, conference.guestShare],
      );
      assert.deepEqual([d.candidates, d.current, d.evaluation, d.composition.version], [[], null, [], 0]);
    });

    test('the current list is summarised and the saved rules are counted on it, with labels', async () => {
      const conference: Conference = await createConference(
        officer,
        (await unitByKey(t, UNIT_KEYS.bachLongVi)).id,
      );
      const women = [await addGuest(officer, conference.id, guestBody({ gender: 'nu' }))];
      women.push(await addGuest(officer, conference.id, guestBody({ gender: 'nu' })));
      const man = await addGuest(officer, conference.id, guestBody({ gender: 'nam' }));
      const saved = await officer.request('PUT', `/api/conferences/${conference.id}/composition`, {
        seats: 2,
        rules: [{ column: 'gender', value: 'nu', max: 1 }],
        include: [],
        exclude: [],
        weights: (await load(conference.id)).composition.weights,
        version: 0,
      });
      assertStatus(saved, 200);
      const snapshot = (await load(conference.id)).candidates.filter((c) => c.id !== man.id);
      await t.handle.db
        .insertInto('delegate_lists')
        .values({
          conference_id: conference.id,
          number: 1,
          approved_at: t.ctx.now(),
          approved_by: (
            await t.handle.db
              .selectFrom('users')
              .select('id')
              .where('username', '=', 'bachlongvi')
              .executeTakeFirstOrThrow()
          ).id,
          note: 'Danh sách thử',
          seats: 2,
          rules: JSON.stringify([]),
          objective: 0,
          delegates: JSON.stringify(snapshot),
          evaluation: JSON.stringify([]),
        })
        .execute();
      // One of the two women leaves the pool; the list still counts her as approved.
      await t.handle.db.deleteFrom('delegate_guests').where('id', '=', women[1].id).execute();
      const d = await load(conference.id);
      assert.ok(d.current);
      assert.deepEqual(
        [
          d.current.number,
          d.current.note,
          d.current.seats,
          d.current.delegateCount,
          d.current.approvedByName,
        ],
        [1, 'Danh sách thử', 2, 2, 'Phạm Thị Thu Hà'],
      );
      assert.deepEqual(d.current.selected.sort(), women.map((w) => w.id).sort());
      assert.deepEqual(d.evaluation, [
        {
          index: 0,
          column: 'gender',
          value: 'nu',
          label: 'Giới tính: Nữ',
          min: null,
          max: 1,
          count: 2,
          met: false,
        },
      ]);
    });

    test('a nominating unit, and Cát Hải, cannot read the delegation; the leader can', async () => {
      for (const username of ['truonghoc.blv', 'cathai']) {
        const client = await t.as(username);
        const res = await client.request('GET', `/api/conferences/${t.demoConferenceId}/delegates`);
        assertStatus(res, 404);
        assert.doesNotMatch(res.body, /Bạch Long Vĩ/);
      }
      const leader = await load(t.demoConferenceId, await t.as('lanhdao.blv'));
      assert.ok(leader.candidates.length > 0);
    });

    test('a backup carries guests, compositions and lists, and restores them unchanged', async () => {
      await addGuest(
        officer,
        t.demoConferenceId,
        guestBody({ priorityAreas: ['kinh-te-xa-hoi', 'sap-xep-bo-may'] }),
      );
      const { bytes } = await createBackup(t.handle.db, t.ctx.now());
      const target = await openTestDatabase(engine);
      try {
        await restoreBackup(target.db, bytes);
        const rows = (db: Db, table: string, order: string) =>
          sql`select * from ${sql.table(table)} order by ${sql.raw(order)}`.execute(db).then((r) => r.rows);
        for (const [table, order] of [
          ['delegate_guests', 'id'],
          ['delegate_compositions', 'conference_id'],
          ['delegate_lists', 'conference_id, number'],
        ] as const) {
          const source = await rows(t.handle.db, table, order);
          assert.ok(source.length > 0, `${table} has rows to carry`);
          assert.deepEqual(await rows(target.db, table, order), source, table);
        }
      } finally {
        await target.close();
      }
    });
  });
}
