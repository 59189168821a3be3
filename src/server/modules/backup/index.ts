/** Whole-database backup and restore, for the CLI. */
export { createBackup, restoreBackup } from './backup.service.ts';
