import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Conference } from '../../core/conference/types.ts';
import type { UpdateConferenceBody } from '../../shared/api/conferences.ts';
import type { CreateUnitBody, Unit } from '../../shared/api/units.ts';
import type { CreateUserBody, UserRecord } from '../../shared/api/users.ts';
import { findUnitByKey, type UnitRow } from '../modules/units/index.ts';
import type { TestApp, TestClient } from './test-app.ts';

/** Keys of the reference units the tests act on. */
export const UNIT_KEYS = {
  city: 'hp',
  bachLongVi: 'hp/11948',
  bachLongViCulture: 'hp/11948/phong-vhxh',
  bachLongViEconomy: 'hp/11948/phong-kinh-te',
  bachLongViOffice: 'hp/11948/van-phong-ubnd',
  bachLongViPublicServices: 'hp/11948/trung-tam-su-nghiep-cong',
  bachLongViSchool: 'hp/11948/truong-th-thcs',
  bachLongViClinic: 'hp/11948/tram-y-te',
  catHai: 'hp/11914',
} as const;

/** The password every user made by a factory gets, unless the test names one. */
export const FACTORY_PASSWORD = 'mat-khau-thu-nghiem-1';

/** A unit of the reference tree by its key ("hp/11948/phong-vhxh"). */
export async function unitByKey(t: TestApp, key: string): Promise<UnitRow> {
  const unit = await findUnitByKey(t.handle.db, key);
  assert.ok(unit, `no unit with key ${key}`);
  return unit;
}

/** A lower-case name no other test uses, valid as a user name: "canbo.3f9a1c". */
export function uniqueName(prefix: string): string {
  return `${prefix}.${randomBytes(4).toString('hex')}`;
}

/** Fails with the response body in the message, so a wrong status explains itself. */
export function assertStatus(res: LightMyRequestResponse, status: number | number[]): void {
  const allowed = Array.isArray(status) ? status : [status];
  assert.ok(
    allowed.includes(res.statusCode),
    `expected ${allowed.join(' or ')}, got ${res.statusCode}: ${res.body}`,
  );
}

/** A valid new user of `unitId`, an emulation officer there unless `roles` says otherwise. */
export function userBody(unitId: string, overrides: Partial<CreateUserBody> = {}): CreateUserBody {
  return {
    username: uniqueName('canbo'),
    fullName: 'Nguyễn Thị Thử Nghiệm',
    password: FACTORY_PASSWORD,
    unitId,
    roles: [{ role: 'emulation_officer', unitId }],
    ...overrides,
  };
}

/** Creates a user through the API as `client` (who must be allowed to). */
export async function createUser(client: TestClient, body: CreateUserBody): Promise<UserRecord> {
  const res = await client.request('POST', '/api/users', body);
  assertStatus(res, 201);
  return res.json() as UserRecord;
}

/** A valid new agency under `parentId`. */
export function agencyBody(parentId: string, overrides: Partial<CreateUnitBody> = {}): CreateUnitBody {
  return {
    parentId,
    kind: 'agency',
    typeLabel: 'trường học',
    fullName: `Trường Mầm non Thử nghiệm ${randomBytes(3).toString('hex')}`,
    ...overrides,
  };
}

/** Adds an agency through the API as `client`. */
export async function createAgency(client: TestClient, body: CreateUnitBody): Promise<Unit> {
  const res = await client.request('POST', '/api/units', body);
  assertStatus(res, 201);
  return res.json() as Unit;
}

/** Creates a conference of `unitId` from the default template through the API. */
export async function createConference(client: TestClient, unitId: string): Promise<Conference> {
  const res = await client.request('POST', '/api/conferences', { unitId });
  assertStatus(res, 201);
  return res.json() as Conference;
}

/** The whole-conference edit the editor sends: the loaded conference with `changes` applied. */
export function conferenceEdit(
  c: Conference,
  changes: Partial<UpdateConferenceBody> = {},
): UpdateConferenceBody {
  return {
    version: c.version,
    name: c.name,
    nameLine2: c.nameLine2,
    ordinal: c.ordinal,
    term: c.term,
    year: c.year,
    session: { ...c.session },
    deadline: c.deadline,
    maxDelegates: c.maxDelegates,
    exemplaryShare: c.exemplaryShare,
    guestShare: c.guestShare,
    plan: structuredClone(c.plan),
    ...changes,
  };
}
