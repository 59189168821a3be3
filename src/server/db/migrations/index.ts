import type { Migration, MigrationProvider } from 'kysely/migration';
import * as foundation from './0001-foundation.ts';
import * as nominations from './0002-nominations.ts';
import * as delegation from './0003-delegation.ts';
import * as awardCatalogue from './0004-award-catalogue.ts';
import * as awardDecisions from './0005-award-decisions.ts';
import * as enumChecks from './0006-enum-checks.ts';
import * as awardMoney from './0007-award-money.ts';
import * as collectiveRepresentative from './0007-collective-representative.ts';
import * as installationSettings from './0007-installation-settings.ts';
import * as legalDocuments from './0007-legal-documents.ts';
import * as planEmphasis from './0007-plan-emphasis.ts';
import * as submission from './0007-submission.ts';
import * as unitOffice from './0007-unit-office.ts';
import * as listVersions from './0008-list-versions.ts';

/** Every migration, in order; names never change once released. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-nominations': nominations,
  '0003-delegation': delegation,
  '0004-award-catalogue': awardCatalogue,
  '0005-award-decisions': awardDecisions,
  '0006-enum-checks': enumChecks,
  '0007-award-money': awardMoney,
  '0007-collective-representative': collectiveRepresentative,
  '0007-installation-settings': installationSettings,
  '0007-legal-documents': legalDocuments,
  '0007-plan-emphasis': planEmphasis,
  '0007-submission': submission,
  '0007-unit-office': unitOffice,
  '0008-list-versions': listVersions,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
