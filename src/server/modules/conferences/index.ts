/** Conferences and their plans; access to a conference is checked here for every feature. */
export {
  type ConferenceWithUnit,
  findConference,
  insertConference,
  listConferences,
} from './conferences.repo.ts';
export { conferenceRoutes } from './conferences.routes.ts';
export {
  authorizeConference,
  createConference,
  listConferenceSummaries,
  toConferenceSummary,
} from './conferences.service.ts';
export { planDocumentFile, renderPlan } from './plan-document.service.ts';
