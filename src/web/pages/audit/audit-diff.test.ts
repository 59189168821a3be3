import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionLabel, diffRows, entityName, flatten } from './audit-diff.ts';

describe('the audit diff', () => {
  it('flattens a record to its leaves, with yes/no in words and empty lists kept', () => {
    const flat = flatten({ plan: { purposes: ['a', 'b'], extra: [] }, online: true, note: null });
    assert.deepEqual(Object.fromEntries(flat), {
      'plan.purposes.0': 'a',
      'plan.purposes.1': 'b',
      'plan.extra': '',
      online: 'Có',
      note: '',
    });
  });

  it('lists only what changed, leaving out the version and the time of the change', () => {
    const rows = diffRows(
      { name: 'A', version: 1, updatedAt: 'x', seats: 150 },
      { name: 'B', version: 2, updatedAt: 'y', seats: 150, place: 'Hải Phòng' },
    );
    assert.deepEqual(
      rows.map((r) => [r.path, r.before, r.after]),
      [
        ['name', 'A', 'B'],
        ['place', null, 'Hải Phòng'],
      ],
    );
    for (const r of rows) assert.ok(r.label.length > 0);
  });

  it('names the record and the action in Vietnamese', () => {
    assert.equal(entityName(null, { fullName: 'Nguyễn Văn A' }), 'Nguyễn Văn A');
    assert.equal(entityName({ title: 'Cũ' }, {}), 'Cũ');
    assert.equal(entityName(null, null), null);
    assert.equal(actionLabel('conference.updated'), 'Sửa hội nghị, kế hoạch');
    assert.equal(actionLabel('something.odd'), 'something.odd');
  });
});
