import type { Migration, MigrationProvider } from 'kysely/migration';
import * as foundation from './0001-foundation.ts';
import * as nominations from './0002-nominations.ts';
import * as delegation from './0003-delegation.ts';

/** Every migration, in order; names never change once released. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-nominations': nominations,
  '0003-delegation': delegation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
