/** Nominations of a conference: entry, workflow, spreadsheets, their files, and the approved ones. */
export { nominationFileRoutes } from './nomination-files.routes.ts';
export { updateRepresentative } from './nomination-representative.service.ts';
export {
  type ApprovedNomination,
  insertNominations,
  listApprovedNominations,
  listConferenceNominations,
} from './nominations.repo.ts';
export { nominationRoutes } from './nominations.routes.ts';
export { loadVisibleNomination } from './nominations.service.ts';
export { nominationXlsxRoutes } from './nominations-xlsx.routes.ts';
export {
  exportNominations,
  filledTemplate,
  importNominations,
  nominationsExportFile,
  nominationTemplate,
  nominationTemplateFile,
} from './nominations-xlsx.service.ts';
