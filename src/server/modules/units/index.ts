/** The unit tree, its look-ups, and the one access check every feature uses for its records. */
export { authorize, authorizeUnit, type Owned } from './access.ts';
export { findUnitByCode, findUnitById, findUnitByKey, listSubtree, type UnitRow } from './units.repo.ts';
export { unitRoutes } from './units.routes.ts';
export { findUnitByReference, officeOfUnit } from './units.service.ts';
