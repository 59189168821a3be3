/** The face of backups: what the command line may call. */
export { createBackup, restoreBackup } from './backup.service.ts';
