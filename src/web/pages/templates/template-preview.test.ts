import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_TEMPLATE } from '../../../core/conference/default-template.ts';
import type { ConferenceTemplate } from '../../../core/conference/template.ts';
import type { Unit } from '../../../shared/api/units.ts';
import { previewConferenceOf, sampleUnit } from './template-preview.ts';

const commune = (id: string, fullName: string, name: string) =>
  ({ id, kind: 'commune', fullName, name, typeLabel: 'Đặc khu' }) as unknown as Unit;

describe('the template preview', () => {
  it('is shown for the user’s own commune, else the first by name, else a made-up one', () => {
    const units = [
      commune('b', 'Đặc khu Cát Hải', 'Cát Hải'),
      commune('a', 'Đặc khu Bạch Long Vĩ', 'Bạch Long Vĩ'),
    ];
    assert.deepEqual(sampleUnit(units, 'b'), {
      typeLabel: 'đặc khu',
      name: 'Cát Hải',
      fullName: 'Đặc khu Cát Hải',
    });
    assert.equal(sampleUnit(units, 'city').name, 'Bạch Long Vĩ');
    assert.deepEqual(sampleUnit([], null), { typeLabel: 'xã', name: 'Mẫu', fullName: 'Xã Mẫu' });
  });

  it('makes the sample commune’s draft conference, or nothing while the template cannot make one', () => {
    const sample = sampleUnit([], null);
    const record = { id: 't1', updatedAt: '2025-01-01T00:00:00Z' };
    const made = previewConferenceOf(DEFAULT_TEMPLATE, sample, record, 3);
    assert.ok(made);
    assert.equal(made.id, 't1');
    assert.equal(made.status, 'draft');
    assert.equal(made.version, 3);
    assert.equal(previewConferenceOf({} as ConferenceTemplate, sample, record, 3), null);
  });
});
