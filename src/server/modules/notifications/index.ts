/** In-app notifications: other features write them, users read them. */
export { insertNotifications, usersWithRolesOn } from './notifications.repo.ts';
export { notificationRoutes } from './notifications.routes.ts';
