/** The delegation of a conference: guests, the composition, proposals and approved delegate lists. */
export { apportionRoutes } from './apportion.routes.ts';
export { updateComposition } from './composition.service.ts';
export { delegateListRoutes } from './delegate-lists.routes.ts';
export { approveDelegateList } from './delegate-lists.service.ts';
export { findLatestList, insertGuests } from './delegation.repo.ts';
export { delegateRoutes } from './delegation.routes.ts';
export { loadDelegationContext } from './delegation.service.ts';
export { assertGuestValid, guestProblems, loadGuestRules } from './guests.service.ts';
export { proposeDelegates } from './proposals.service.ts';
export { readTableFile } from './table-file.ts';
