import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TableBlock } from '../../core/documents/model.ts';
import { fittedColumnWidths, headerLines, textWidthPt } from './text-fit.ts';

const cell = (text: string) => ({ runs: [{ text }] });

describe('fittedColumnWidths', () => {
  // The delegate list's narrow "Dân tộc" column: 14 of 284 weights across 252 mm (714 pt) at 11 pt.
  const block: TableBlock = {
    kind: 'table',
    columnWeights: [14, 270],
    header: [cell('Dân tộc'), cell('Thành tích')],
    rows: [[cell('Mường'), cell('Bám biển 20 năm')], [{ ...cell('NHÓM I'), span: 2 }]],
    fontSize: 11,
  };
  const total = 714;

  it('widens a column to its longest word and takes the room from the others', () => {
    const plain = (total * 14) / 284;
    const mường = textWidthPt('Mường', 11);
    assert.ok(plain - 8 < mường, 'the weights alone leave "Mường" no room: the test would prove nothing');
    const widths = fittedColumnWidths(block, total, 8, 11);
    assert.ok(widths[0] - 8 >= mường, `${widths[0] - 8} < ${mường}`);
    assert.ok(Math.abs(widths[0] + widths[1] - total) < 1e-6);
  });

  it('keeps the weights when every word fits', () => {
    const wide = { ...block, columnWeights: [60, 224] };
    const widths = fittedColumnWidths(wide, total, 8, 11);
    assert.ok(Math.abs(widths[0] - (total * 60) / 284) < 1e-6);
  });
});

describe('headerLines', () => {
  // The left header column of a portrait page: 65 mm.
  const width = (65 * 72) / 25.4;

  it('a council breaks after the dash, never inside "KHEN THƯỞNG"', () => {
    assert.deepEqual(headerLines('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', width, 13, true), [
      'HỘI ĐỒNG THI ĐUA -',
      'KHEN THƯỞNG',
    ]);
  });

  it('a body with a place breaks before the unit type, keeping the place whole', () => {
    assert.deepEqual(headerLines('ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ', width, 13, false), [
      'ỦY BAN NHÂN DÂN',
      'ĐẶC KHU BẠCH LONG VĨ',
    ]);
  });

  it('a line that fits stays one line', () => {
    assert.deepEqual(headerLines('ĐẶC KHU BẠCH LONG VĨ', width, 13, true), ['ĐẶC KHU BẠCH LONG VĨ']);
  });
});
