/** The face of nominations: what other modules and the command line may call. */
export { exportNominations, importNominations, nominationTemplate } from './nominations-xlsx.service.ts';
