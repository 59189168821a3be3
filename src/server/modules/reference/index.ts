/** The face of the reference lists: what other modules and the command line may call. */
export { loadReferenceLists } from './reference.service.ts';
