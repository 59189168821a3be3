import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProposalView } from '../../../../shared/api/award-proposals.ts';
import {
  allowedKinds,
  draftProblems,
  initialDraft,
  proposalInput,
  withForm,
  withKind,
} from './proposal-draft.ts';

const conference = { year: 2025, period: { from: 2020, to: 2025 } };

const sources = new Map<string, 'delegate' | 'nomination'>([
  ['d1', 'delegate'],
  ['n1', 'nomination'],
]);

describe('the proposal form draft', () => {
  it('a new proposal starts empty, in the conference year, and says what is missing', () => {
    const draft = initialDraft(null, conference);
    assert.equal(draft.year, 2025);
    assert.deepEqual(draft.period, { from: 2020, to: 2025 });
    assert.equal(draft.proposer.kind, 'council');
    assert.equal(draft.proposer.signerTitle, 'PHÓ CHỦ TỊCH THƯỜNG TRỰC');
    assert.equal(draft.formCode, null);
    assert.equal(proposalInput(draft, sources), null);
    assert.deepEqual(draftProblems(draft), [
      'Hãy chọn danh hiệu hoặc hình thức khen thưởng.',
      'Hãy chọn ít nhất một tập thể hoặc cá nhân.',
    ]);
  });

  it('a saved proposal shows its shared achievement text and the people it holds', () => {
    const saved = {
      formCode: 'bk-ubnd',
      year: 2024,
      title: 'T',
      submissionNumber: '12/TTr',
      submissionDate: '2025-03-01',
      items: [
        { nominationId: 'n1', achievement: 'Đã có thành tích' },
        { nominationId: null, achievement: 'Đã có thành tích' },
      ],
    } as unknown as ProposalView;
    const draft = initialDraft(saved, conference);
    assert.equal(draft.achievement, 'Đã có thành tích');
    assert.deepEqual([...draft.selected], ['n1']);
    assert.equal(draft.year, 2024);
    const differing = {
      ...saved,
      items: [
        { nominationId: 'n1', achievement: 'A' },
        { nominationId: 'd1', achievement: 'B' },
      ],
    };
    assert.equal(initialDraft(differing as unknown as ProposalView, conference).achievement, '');
  });

  it('the request trims the texts, sends only people still pickable, each with its source', () => {
    const draft = {
      ...initialDraft(null, conference),
      formCode: 'gk-ubnd',
      title: '  Giấy khen  ',
      achievement: ' Có thành tích ',
      selected: new Set(['d1', 'n1', 'gone']),
    };
    assert.deepEqual(proposalInput(draft, sources), {
      formCode: 'gk-ubnd',
      year: 2025,
      period: { from: 2020, to: 2025 },
      title: 'Giấy khen',
      proposer: {
        kind: 'council',
        name: '',
        code: '',
        signerTitle: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
        signerName: '',
      },
      submissionNumber: '',
      submissionDate: null,
      items: [
        { source: 'delegate', id: 'd1', achievement: 'Có thành tích' },
        { source: 'nomination', id: 'n1', achievement: 'Có thành tích' },
      ],
    });
    assert.deepEqual(draftProblems(draft), []);
    const noText = proposalInput({ ...draft, achievement: '  ' }, sources);
    assert.deepEqual(noText?.items[0], { source: 'delegate', id: 'd1' });
  });

  it('a backwards period is caught before asking the server', () => {
    const draft = { ...initialDraft(null, conference), period: { from: 2025, to: 2020 } };
    assert.ok(draftProblems(draft).includes('Thời kỳ khen thưởng: năm bắt đầu không được sau năm kết thúc.'));
  });

  it('a form of the city is proposed by the Ủy ban; choosing a department fills its usual name and code', () => {
    assert.deepEqual(allowedKinds({ conferredByCommune: false }), ['committee']);
    assert.deepEqual(allowedKinds({ conferredByCommune: true }), ['council', 'department']);
    const { proposer } = initialDraft(null, conference);
    assert.deepEqual(withKind(proposer, 'department'), {
      kind: 'department',
      name: 'Phòng Văn hóa - Xã hội',
      code: 'VHXH',
      signerTitle: 'TRƯỞNG PHÒNG',
      signerName: '',
    });
    assert.equal(withKind(proposer, 'committee').signerTitle, 'CHỦ TỊCH');
  });

  it('choosing a title makes the period its year; a form takes the plan’s; a period the user set stays', () => {
    const plan = { from: 2020, to: 2025 };
    const draft = initialDraft(null, conference);
    const title = withForm(draft, { code: 'ldtt', category: 'title', conferredByCommune: true }, plan);
    assert.deepEqual(title.period, { from: 2025, to: 2025 });
    const form = withForm(title, { code: 'gk', category: 'form', conferredByCommune: true }, plan);
    assert.deepEqual(form.period, plan);
    const city = withForm(form, { code: 'bk', category: 'form', conferredByCommune: false }, plan);
    assert.equal(city.proposer.kind, 'committee');
    const chosen = { ...form, period: { from: 2023, to: 2025 }, periodChosen: true };
    assert.deepEqual(
      withForm(chosen, { code: 'ldtt', category: 'title', conferredByCommune: true }, plan).period,
      { from: 2023, to: 2025 },
    );
  });
});
