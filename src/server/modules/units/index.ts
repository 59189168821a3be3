/** The face of units: what other modules and the command line may call. */
export { findUnitByReference } from './units.service.ts';
