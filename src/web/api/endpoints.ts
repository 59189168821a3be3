import { auditApi } from './audit.ts';
import { authApi } from './auth.ts';
import { conferenceApi } from './conferences.ts';
import { templateApi } from './templates.ts';
import { unitApi } from './units.ts';
import { userApi } from './users.ts';

/** The endpoints of the app's frame (sign-in, units, templates, conferences, audit, users), by feature. */
export const api = {
  auth: authApi,
  units: unitApi,
  templates: templateApi,
  conferences: conferenceApi,
  audit: auditApi,
  users: userApi,
};
