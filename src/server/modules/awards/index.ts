/** The face of commendations: what other modules and the command line may call. */
export { loadAwardCatalogue } from './catalogue/catalogue.service.ts';
export { certificatesFile } from './certificates/certificates.service.ts';
export { decisionDocumentFile } from './decisions/award-documents.service.ts';
export { getDecision, listConferenceDecisions } from './decisions/decisions.service.ts';
