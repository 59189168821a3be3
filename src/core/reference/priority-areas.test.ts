import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PRIORITY_AREA_ITEMS } from './priority-areas.ts';
import { resolveMany } from './resolve.ts';

describe('PRIORITY_AREA_ITEMS', () => {
  it('has the three areas of the 2025 conference', () => {
    assert.deepEqual(
      PRIORITY_AREA_ITEMS.map((p) => p.code),
      ['kinh-te-xa-hoi', 'quoc-phong-an-ninh', 'sap-xep-bo-may'],
    );
  });

  it('keeps the list separators out of every label and alias, so one cell can hold several', () => {
    for (const p of PRIORITY_AREA_ITEMS)
      for (const name of [p.label, ...p.aliases]) assert.doesNotMatch(name, /[,;/\n]/, name);
  });

  it('reads each label and alias back as its own area', () => {
    for (const p of PRIORITY_AREA_ITEMS) {
      const { items, unknown } = resolveMany(PRIORITY_AREA_ITEMS, [p.label, ...p.aliases].join('; '));
      assert.deepEqual(
        items.map((i) => i.code),
        [p.code],
      );
      assert.deepEqual(unknown, []);
    }
  });
});
