/** The face of conferences: what other modules and the command line may call. */
export { listConferenceSummaries } from './conferences.service.ts';
export { planDocumentFile } from './plan-document.service.ts';
