/** User accounts and their role grants. */
export { insertUser, replaceRoles } from './users.repo.ts';
export { userRoutes } from './users.routes.ts';
export { createUser, hasAnyUser } from './users.service.ts';
