import { randomBytes } from 'node:crypto';
import type { Guest, GuestInput } from '../../../core/delegation/types.ts';
import { assertStatus } from '../../testing/factories.ts';
import type { TestClient } from '../../testing/test-app.ts';

/** A valid leader with a name no other test uses: "Trần Văn Khách a1b2c3". */
export function guestBody(overrides: Partial<GuestInput> = {}): GuestInput {
  return {
    category: 'lanh_dao',
    name: `Trần Văn Khách ${randomBytes(3).toString('hex')}`,
    gender: 'nam',
    birthYear: 1972,
    ethnicCode: '01',
    position: 'Phó Chủ tịch Ủy ban nhân dân đặc khu',
    nominatingUnitId: null,
    formerUnitName: '',
    fieldCode: 'xay-dung-dang-chinh-quyen-doan-the',
    sectorCode: 'nha-nuoc',
    directWorker: false,
    priorityAreas: ['sap-xep-bo-may'],
    achievements: '',
    ...overrides,
  };
}

export const guestsUrl = (conferenceId: string) => `/api/conferences/${conferenceId}/delegates/guests`;

/** Adds a guest through the API as `client` (who must be allowed to). */
export async function addGuest(client: TestClient, conferenceId: string, body = guestBody()): Promise<Guest> {
  const res = await client.request('POST', guestsUrl(conferenceId), body);
  assertStatus(res, 201);
  return res.json() as Guest;
}

/** The form's save: the guest's fields with `changes`, at the version it was loaded. */
export function guestEdit(g: Guest, changes: Partial<GuestInput> = {}): GuestInput & { version: number } {
  const { id: _id, conferenceId: _c, createdAt: _a, updatedAt: _u, ...fields } = g;
  return { ...fields, ...changes };
}
