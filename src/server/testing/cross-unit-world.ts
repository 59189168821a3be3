import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { DEFAULT_TEMPLATE } from '../../core/conference/default-template.ts';
import type { Conference } from '../../core/conference/types.ts';
import type { NominationRecord } from '../../shared/api/nominations.ts';
import { insertTemplate } from '../modules/templates/index.ts';
import { listSubtree, type UnitRow } from '../modules/units/index.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from './factories.ts';
import { actOk, addNomination, individualBody, pictureOf } from './nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from './test-app.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** For one API route: Cát Hải aiming at Bạch Long Vĩ gets nothing and changes nothing; anonymous gets 401. */
export interface MatrixRow {
  /** "GET /api/units/{id}", as /api/openapi.json lists it. */
  route: string;
  /** A request of this route aimed at Bạch Long Vĩ. */
  probe(w: CrossUnitWorld): { url: string; body?: unknown };
  /** Cát Hải tries it; what must stay hidden or unchanged. Defaults to "the probe is answered 404". */
  crossUnit?(w: CrossUnitWorld): Promise<void>;
  /** The school nominator tries it on another Bạch Long Vĩ unit's nomination; what must stay hidden. */
  school?(w: CrossUnitWorld): Promise<void>;
}

/** The demo with the Cát Hải officer signed in and the Bạch Long Vĩ records they must never reach. */
export interface CrossUnitWorld {
  t: TestApp;
  /** cathai: emulation officer and unit admin of Cát Hải. */
  catHai: TestClient;
  /** bachlongvi: emulation officer and unit admin of Bạch Long Vĩ. */
  blvOfficer: TestClient;
  blv: UnitRow;
  /** Every unit id of Bạch Long Vĩ's subtree, the commune included. */
  blvUnitIds: Set<string>;
  blvDepartment: UnitRow;
  blvAgency: UnitRow;
  /** A template owned by Bạch Long Vĩ itself (not the default, so other tests are unaffected). */
  blvTemplateId: string;
  /** lanhdao.blv */
  blvUserId: string;
  blvConference: Conference;
  /** truonghoc.blv: nominator of the school of Bạch Long Vĩ. */
  school: TestClient;
  /** A draft of the clinic of Bạch Long Vĩ (not the school) with a portrait and vote minutes. */
  blvNomination: NominationRecord;
  /** A nomination the school submitted, so bachlongvi has a notification about it. */
  schoolNomination: NominationRecord;
}

/** Anything that would show Bạch Long Vĩ's records in an answer. */
export const BLV_TEXT = /Bạch Long Vĩ|BẠCH LONG VĨ/;

export async function createCrossUnitWorld(engine: 'pglite' | 'postgres'): Promise<CrossUnitWorld> {
  const t = await createTestApp(engine);
  const blv = await unitByKey(t, UNIT_KEYS.bachLongVi);
  const blvOfficer = await t.as('bachlongvi');
  const school = await t.as('truonghoc.blv');
  const lanhdao = await t.handle.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'lanhdao.blv')
    .executeTakeFirstOrThrow();
  return {
    t,
    catHai: await t.as('cathai'),
    blvOfficer,
    blv,
    blvUnitIds: new Set((await listSubtree(t.handle.db, blv.path)).map((u) => u.id)),
    blvDepartment: await unitByKey(t, UNIT_KEYS.bachLongViCulture),
    blvAgency: await unitByKey(t, UNIT_KEYS.bachLongViSchool),
    blvTemplateId: await insertTemplate(t.handle.db, {
      ownerUnitId: blv.id,
      isDefault: false,
      body: DEFAULT_TEMPLATE,
      now: t.ctx.now(),
    }),
    blvUserId: lanhdao.id,
    blvConference: (
      await blvOfficer.request('GET', `/api/conferences/${t.demoConferenceId}`)
    ).json() as Conference,
    school,
    blvNomination: await clinicNominationWithFiles(t, blvOfficer),
    schoolNomination: await actOk(
      school,
      await addNomination(
        school,
        t.demoConferenceId,
        individualBody((await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id),
      ),
      'submit',
    ),
  };
}

async function clinicNominationWithFiles(t: TestApp, officer: TestClient): Promise<NominationRecord> {
  const clinic = await unitByKey(t, UNIT_KEYS.bachLongViClinic);
  const added = await addNomination(officer, t.demoConferenceId, individualBody(clinic.id));
  const url = `/api/nominations/${added.id}`;
  const photo = await officer.upload(`${url}/photo`, { data: await pictureOf(60, 80), fileName: 'a.png' });
  assertStatus(photo, 200);
  const minutes = await officer.upload(`${url}/minutes`, {
    data: await pictureOf(60, 80),
    fileName: 'b.png',
  });
  assertStatus(minutes, 200);
  return minutes.json() as NominationRecord;
}

/** Cát Hải's request is answered "not found", as JSON, without a word of Bạch Long Vĩ. */
export async function assertHidden(
  w: CrossUnitWorld,
  method: Method,
  url: string,
  body?: unknown,
): Promise<void> {
  assertHiddenAnswer(await w.catHai.request(method, url, body));
}

/** "Not found", as JSON, without a word of Bạch Long Vĩ. */
export function assertHiddenAnswer(res: LightMyRequestResponse): void {
  assertStatus(res, 404);
  assert.doesNotMatch(res.body, BLV_TEXT);
  assert.match(String(res.headers['content-type']), /application\/json/);
}

/** The stored row of the Bạch Long Vĩ conference, to prove a refused change left it alone. */
export function blvConferenceRow(w: CrossUnitWorld) {
  return w.t.handle.db
    .selectFrom('conferences')
    .selectAll()
    .where('id', '=', w.blvConference.id)
    .executeTakeFirstOrThrow();
}

/** The Bạch Long Vĩ conference as its own officer loads it now. */
export async function currentBlvConference(w: CrossUnitWorld): Promise<Conference> {
  return (await w.blvOfficer.request('GET', `/api/conferences/${w.blvConference.id}`)).json() as Conference;
}

/** The stored password hash of a user, to prove it did not change. */
export async function passwordHashOf(w: CrossUnitWorld, username: string): Promise<string> {
  const row = await w.t.handle.db
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.password_hash;
}

/** How many units have this full name, and how many users this user name: proof nothing was created. */
export async function countNamed(
  w: CrossUnitWorld,
  what: { unit?: string; username?: string },
): Promise<number> {
  const units = what.unit
    ? await w.t.handle.db.selectFrom('units').select('id').where('full_name', '=', what.unit).execute()
    : [];
  const users = what.username
    ? await w.t.handle.db.selectFrom('users').select('id').where('username', '=', what.username).execute()
    : [];
  return units.length + users.length;
}
