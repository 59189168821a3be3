/** The face of the delegation: what other modules and the command line may call. */
export { readTableFile } from './table-file.ts';
