/** The face of users: what other modules and the command line may call. */
export { createUser, hasAnyUser } from './users.service.ts';
