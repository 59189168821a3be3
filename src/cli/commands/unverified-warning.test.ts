import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DecisionView } from '../../shared/api/award-decisions.ts';
import { unverifiedWarning } from './doc-awards.ts';

const value = (key: string, label: string) => ({
  key,
  kind: 'coefficient' as const,
  label,
  legalBasis: 'Nghị định 152/2025/NĐ-CP',
  text: `${label} chưa được kiểm tra với văn bản gốc (căn cứ ghi trong danh mục: Nghị định 152/2025/NĐ-CP).`,
  subjectKind: 'collective' as const,
  coefficient: 0.6,
});

const decision = (changes: Partial<DecisionView>): DecisionView =>
  ({
    number: '125',
    symbol: 'QĐ-UBND',
    date: '2025-08-20',
    year: 2025,
    state: 'draft',
    unverified: [
      value('coefficient:giay-khen@2025-07-01:collective:0.6', 'Hệ số 0,6 của “Giấy khen” (tập thể)'),
    ],
    unverifiedConfirmation: null,
    ...changes,
  }) as DecisionView;

describe('the stderr warning of the document commands', () => {
  it('a draft: each value, and that the document marks it until approval confirms it', () => {
    assert.equal(
      unverifiedWarning(decision({})),
      'Cảnh báo: Quyết định số 125/QĐ-UBND ngày 20/8/2025 dùng giá trị chưa được kiểm tra với văn bản gốc:\n' +
        '  - Hệ số 0,6 của “Giấy khen” (tập thể) chưa được kiểm tra với văn bản gốc (căn cứ ghi trong danh mục: Nghị định 152/2025/NĐ-CP). Văn bản ghi “giá trị cần kiểm tra” bên cạnh giá trị này cho đến khi người phê duyệt xác nhận.',
    );
  });

  it('approved with the confirmation: a note naming who confirmed', () => {
    const d = decision({
      state: 'approved',
      unverifiedConfirmation: {
        confirmedAt: '2025-08-20T02:00:00.000Z',
        confirmedBy: null,
        confirmedByName: 'lanhdao.blv',
        values: [{ key: 'coefficient:giay-khen@2025-07-01:collective:0.6', label: 'Hệ số 0,6' }],
      },
    });
    assert.match(unverifiedWarning(d) ?? '', /^Lưu ý: .* Đã được lanhdao\.blv xác nhận khi phê duyệt\.$/su);
  });

  it('approved before confirmations were asked for: still a warning', () => {
    assert.match(
      unverifiedWarning(decision({ state: 'approved' })) ?? '',
      /^Cảnh báo: .*cho đến khi người phê duyệt xác nhận\.$/su,
    );
  });

  it('nothing unverified: no warning', () => {
    assert.equal(unverifiedWarning(decision({ unverified: [] })), null);
  });
});
