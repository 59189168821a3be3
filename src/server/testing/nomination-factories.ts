import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { collectiveInput, individualInput } from '../../core/nominations/nomination.fixture.ts';
import type { CouncilVote, NominationInput, NominationState } from '../../core/nominations/types.ts';
import type {
  NominationAction,
  NominationListResponse,
  NominationRecord,
  TransitionBody,
} from '../../shared/api/nominations.ts';
import { assertStatus } from './factories.ts';
import type { TestApp, TestClient } from './test-app.ts';

const INPUT_KEYS = Object.keys(individualInput()) as Array<keyof NominationInput>;

/** A given name no other test uses, so duplicates are only where a test makes them: "Kiểm a1b2c3". */
const uniqueGiven = () => `Kiểm ${randomBytes(3).toString('hex')}`;

/** A valid individual of `unitId` (a passing vote of 10/12 on 1/8/2025) with a name of its own. */
export function individualBody(unitId: string, overrides: Partial<NominationInput> = {}): NominationInput {
  return individualInput({ name: `Phạm Văn ${uniqueGiven()}`, nominatingUnitId: unitId, ...overrides });
}

/** A valid collective of `unitId` with a name of its own. */
export function collectiveBody(unitId: string, overrides: Partial<NominationInput> = {}): NominationInput {
  return collectiveInput({ name: `Tổ Thử nghiệm ${uniqueGiven()}`, nominatingUnitId: unitId, ...overrides });
}

/** Adds a draft through the API as `client` (who must be allowed to). */
export async function addNomination(
  client: TestClient,
  conferenceId: string,
  body: NominationInput,
): Promise<NominationRecord> {
  const res = await client.request('POST', `/api/conferences/${conferenceId}/nominations`, body);
  assertStatus(res, 201);
  return res.json() as NominationRecord;
}

/** The form's save: the record's fields with `changes`, CCCD and phone empty when shown masked. */
export function editBody(
  n: NominationRecord,
  changes: Partial<NominationInput> = {},
): NominationInput & { version: number } {
  const fields = Object.fromEntries(INPUT_KEYS.map((k) => [k, n[k]])) as unknown as NominationInput;
  const personal = n.personalMasked ? { citizenId: '', phone: '' } : {};
  return { ...fields, ...personal, ...changes, version: n.version };
}

/** A workflow action on the nomination at the version given. */
export function act(
  client: TestClient,
  n: Pick<NominationRecord, 'id' | 'version'>,
  action: NominationAction,
  extra: Omit<TransitionBody, 'action' | 'version'> = {},
): Promise<LightMyRequestResponse> {
  return client.request('POST', `/api/nominations/${n.id}/transition`, {
    action,
    version: n.version,
    ...extra,
  });
}

/** A workflow action that must succeed; the record after it. */
export async function actOk(
  client: TestClient,
  n: Pick<NominationRecord, 'id' | 'version'>,
  action: NominationAction,
  extra: Omit<TransitionBody, 'action' | 'version'> = {},
): Promise<NominationRecord> {
  const res = await act(client, n, action, extra);
  assertStatus(res, 200);
  return res.json() as NominationRecord;
}

/** 7 of 11 members, 10 present: passes the default council threshold (more than half of members). */
export const COUNCIL_FOR: CouncilVote = { meetingDate: '2025-08-14', members: 11, present: 10, inFavour: 7 };
/** 4 of 11 members: fails it. */
export const COUNCIL_AGAINST: CouncilVote = { ...COUNCIL_FOR, inFavour: 4 };

/** The nomination as `client` loads it now. */
export async function loadNomination(client: TestClient, id: string): Promise<NominationRecord> {
  const res = await client.request('GET', `/api/nominations/${id}`);
  assertStatus(res, 200);
  return res.json() as NominationRecord;
}

/** The conference's list as `client` sees it with the query string `query` ("q=hau&state=draft"). */
export async function listNominations(
  client: TestClient,
  conferenceId: string,
  query = '',
): Promise<NominationListResponse> {
  const res = await client.request('GET', `/api/conferences/${conferenceId}/nominations?${query}`);
  assertStatus(res, 200);
  return res.json() as NominationListResponse;
}

/** The id of the first demo nomination (by number) of the unit with key `unitKey`, in `state` if given. */
export async function demoNominationId(
  t: TestApp,
  unitKey: string,
  state?: NominationState,
): Promise<string> {
  let q = t.handle.db
    .selectFrom('nominations as n')
    .innerJoin('units as u', 'u.id', 'n.nominating_unit_id')
    .select('n.id')
    .where('u.key', '=', unitKey)
    .where('n.conference_id', '=', t.demoConferenceId);
  if (state) q = q.where('n.state', '=', state);
  const row = await q.orderBy('n.number').executeTakeFirst();
  assert.ok(row, `no demo nomination of ${unitKey} ${state ?? ''}`);
  return row.id;
}

/** The stored row of a nomination, to prove a refused request left it alone. */
export function nominationRow(t: TestApp, id: string) {
  return t.handle.db.selectFrom('nominations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The audit actions recorded on an entity, oldest first. */
export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = await t.handle.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

/** A plain-coloured picture of width × height pixels in `format`, made with sharp. */
export function pictureOf(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 40 } } });
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
}
