/** The audit log: every change is written with `recordChange` in the change's own transaction. */
export { auditRoutes } from './audit.routes.ts';
export { recordChange } from './audit.service.ts';
