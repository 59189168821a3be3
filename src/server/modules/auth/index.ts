/** Sign-in and sessions: the session lookup the HTTP hook is given, and the password hash. */
export { deleteSessionsOfUser, findUserWithGrants } from './auth.repo.ts';
export { authRoutes } from './auth.routes.ts';
export { login, resolveSession } from './auth.service.ts';
export { hashPassword } from './password.ts';
