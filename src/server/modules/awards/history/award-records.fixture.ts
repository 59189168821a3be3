import { randomBytes } from 'node:crypto';
import { AWARD_RECORD_COLUMNS } from '../../../../core/awards/record-sheet.ts';
import type {
  AwardRecordInput,
  AwardRecordView,
  CreateAwardRecordBody,
} from '../../../../shared/api/award-records.ts';
import { assertStatus } from '../../../testing/factories.ts';
import type { TestClient } from '../../../testing/test-app.ts';

/** A valid "Lao động tiên tiến 2023" of a person with a name no other test uses. */
export function recordBody(
  ownerUnitId: string,
  overrides: Partial<CreateAwardRecordBody> = {},
): CreateAwardRecordBody {
  return {
    ownerUnitId,
    kind: 'individual',
    name: `Lê Thị Khen ${randomBytes(3).toString('hex')}`,
    birthYear: 1985,
    gender: 'nu',
    ethnicCode: '01',
    directWorker: false,
    position: 'Giáo viên',
    unitId: null,
    unitName: '',
    formCode: 'lao-dong-tien-tien',
    year: 2023,
    achievement: 'Hoàn thành tốt nhiệm vụ năm 2023',
    decisionNumber: '215/QĐ-UBND',
    decisionDate: '2023-12-20',
    issuer: 'Chủ tịch UBND huyện Bạch Long Vĩ',
    amount: 540000,
    ...overrides,
  };
}

/** Adds a record through the API as `client` (who must be allowed to). */
export async function addRecord(client: TestClient, body: CreateAwardRecordBody): Promise<AwardRecordView> {
  const res = await client.request('POST', '/api/award-records', body);
  assertStatus(res, 201);
  return res.json() as AwardRecordView;
}

/** The form's save: the record's fields with `changes`, at the version it was loaded. */
export function recordEdit(
  r: AwardRecordView,
  changes: Partial<AwardRecordInput> = {},
): AwardRecordInput & { version: number } {
  const {
    id: _id,
    subjectKey: _k,
    source: _s,
    decisionId: _d,
    nominationId: _n,
    ownerUnitId: _o,
    ownerUnitName: _on,
    formName: _f,
    createdAt: _c,
    ...fields
  } = r;
  return { ...fields, ...changes };
}

/** A spreadsheet row in the template's column order, from named cells. */
export function sheetRow(
  cells: Partial<Record<(typeof AWARD_RECORD_COLUMNS)[number]['key'], string | number>>,
) {
  return AWARD_RECORD_COLUMNS.map((c) => cells[c.key] ?? null);
}
