import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import { bodyOf, draftOf, generalProblems, pricedLines, sameDraft } from './decision-draft.ts';

const decision = {
  number: ' 12 ',
  symbol: 'QĐ-UBND',
  date: '2025-05-01',
  signingPrefix: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Nguyễn Văn A',
  bases: ['Luật Thi đua, khen thưởng', ''],
  fundSource: 'Quỹ thi đua',
  executors: ['Văn phòng'],
  items: [
    { id: 'i1', achievement: 'Thành tích 1', coefficient: 0.3, amount: 702_000 },
    { id: 'i2', achievement: 'Thành tích 2', coefficient: 1, amount: 2_340_000 },
  ],
} as unknown as DecisionView;

describe('the decision draft', () => {
  it('the body trims texts and drops blank lines of the lists', () => {
    const body = bodyOf(draftOf(decision), 4);
    assert.equal(body.version, 4);
    assert.equal(body.decisionNumber, '12');
    assert.deepEqual(body.bases, ['Luật Thi đua, khen thưởng']);
    assert.ok(sameDraft(draftOf(decision), draftOf(decision)));
  });

  it('a decided decision shows its saved money; an edited draft the money priced on screen', () => {
    const draft = draftOf(decision);
    const saved = pricedLines(draft, decision.items, null);
    assert.deepEqual(
      saved.map((l) => [l.item.id, l.amount]),
      [
        ['i1', 702_000],
        ['i2', 2_340_000],
      ],
    );
    const preview = { lines: [{ coefficient: 0.3, amount: 720_000 }, null] };
    const live = pricedLines(draft, decision.items, preview);
    assert.deepEqual(
      live.map((l) => [l.coefficient, l.amount]),
      [
        [0.3, 720_000],
        [null, null],
      ],
    );
  });

  it('a line removed from the draft, or no longer in the decision, is not shown', () => {
    const draft = {
      ...draftOf(decision),
      items: [
        { id: 'i2', achievement: 'Mới' },
        { id: 'gone', achievement: '' },
      ],
    };
    const lines = pricedLines(draft, decision.items, null);
    assert.deepEqual(
      lines.map((l) => [l.item.id, l.achievement]),
      [['i2', 'Mới']],
    );
  });

  it('problems of the number, symbol and date stay by their fields; the rest are listed above', () => {
    const problems = [
      { path: 'decisionNumber', message: 'a' },
      { path: 'items.0.achievement', message: 'b' },
      { path: '', message: 'c' },
    ];
    assert.deepEqual(
      generalProblems(problems).map((p) => p.message),
      ['b', 'c'],
    );
  });
});
