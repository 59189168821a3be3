import type { DecisionSummary } from '../../../../shared/api/award-decisions.ts';
import type { ProposalSummary } from '../../../../shared/api/award-proposals.ts';
import { formatDate } from '../../../components/format.ts';
import { Tag } from '../../../components/tag.tsx';
import { AW } from '../labels.ts';

/** "Chưa họp Hội đồng" / "Đã có kết quả Hội đồng" / "Đã có quyết định". */
export function ProposalStateTag({ state }: { state: ProposalSummary['state'] }) {
  const tone = state === 'draft' ? 'gray' : state === 'voted' ? 'gold' : 'teal';
  return <Tag tone={tone}>{AW.proposalState[state]}</Tag>;
}

/** "Dự thảo" / "Đã phê duyệt" / "Đã bị thay thế". */
export function DecisionStateTag({ decision }: { decision: Pick<DecisionSummary, 'state' | 'replacedBy'> }) {
  if (decision.replacedBy) return <Tag tone="orange">{AW.decisionState.replaced}</Tag>;
  return decision.state === 'approved' ? (
    <Tag tone="teal">{AW.decisionState.approved}</Tag>
  ) : (
    <Tag tone="gray">{AW.decisionState.draft}</Tag>
  );
}

/** "Quyết định số 125/QĐ-UBND ngày 20/08/2025", or "Dự thảo quyết định (chưa có số)". */
export function decisionTitle(d: Pick<DecisionSummary, 'number' | 'symbol' | 'date' | 'state'>): string {
  const number = d.number.trim() ? `${d.number}/${d.symbol}` : null;
  return number ? AW.decision.titleNumbered(number, formatDate(d.date)) : AW.decision.titleDraft;
}
