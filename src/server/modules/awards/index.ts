/**
 * Commendations: the catalogue, award history and statistics, proposals, decisions, certificates and
 * the public verification page. The sub-folders are one module; other modules use only this face.
 */
export { awardCatalogueRoutes } from './catalogue/catalogue.routes.ts';
export { ensureAwardCatalogue, loadAwardCatalogue } from './catalogue/catalogue.service.ts';
export { certificateRoutes } from './certificates/certificates.routes.ts';
export { certificateLayout, certificatesFile } from './certificates/certificates.service.ts';
export {
  type DecisionForDocuments,
  decisionDocumentFile,
  loadDecisionForDocuments,
  renderDecisionFile,
} from './decisions/award-documents.service.ts';
export { approveDecision } from './decisions/decision-approval.ts';
export { listDecisions } from './decisions/decisions.repo.ts';
export { awardDecisionRoutes } from './decisions/decisions.routes.ts';
export { createDecision, getDecision, listConferenceDecisions } from './decisions/decisions.service.ts';
export { insertAwardRecords, type NewAwardRecord } from './history/award-records.repo.ts';
export { awardRecordRoutes } from './history/award-records.routes.ts';
export { awardStatisticsRoutes } from './history/statistics.routes.ts';
export { legalDocumentRoutes } from './legal/legal-documents.routes.ts';
export { ensureLegalDocuments, loadLegalDocuments } from './legal/legal-documents.service.ts';
export { recordCouncilVote } from './proposals/proposal-council.service.ts';
export { loadPickable } from './proposals/proposal-items.ts';
export { awardProposalRoutes } from './proposals/proposals.routes.ts';
export { createProposal } from './proposals/proposals.service.ts';
export { verificationRoutes } from './verification/verification.routes.ts';
