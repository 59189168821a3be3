/** Reference lists (ethnic groups, fields, sectors, priority areas). */
export { referenceRoutes } from './reference.routes.ts';
export { ensureReferenceLists, loadReferenceLists, type ReferenceLists } from './reference.service.ts';
