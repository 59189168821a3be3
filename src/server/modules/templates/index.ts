/** Conference templates: the city's default and each unit's own. */
export { insertTemplate } from './templates.repo.ts';
export { templateRoutes } from './templates.routes.ts';
export { defaultTemplateFor, loadTemplateForUnit } from './templates.service.ts';
