import type { Generated } from 'kysely';
import type { Json, Timestamp } from './columns.ts';
import type {
  AwardDecisionsTable,
  AwardFormsTable,
  AwardProposalsTable,
  AwardRecordsTable,
  BaseSalariesTable,
  CertificateTemplatesTable,
  CertificateTokensTable,
  LegalDocumentsTable,
} from './schema-awards.ts';

export type {
  AwardDecisionsTable,
  AwardFormsTable,
  AwardProposalsTable,
  AwardRecordsTable,
  BaseSalariesTable,
  CertificateTemplatesTable,
  CertificateTokensTable,
  Json,
  LegalDocumentsTable,
  Timestamp,
};

/** Table types of the database, shared by PGlite and PostgreSQL. */

export interface UnitsTable {
  id: Generated<string>;
  key: string | null;
  parent_id: string | null;
  path: string;
  kind: string;
  type_label: string;
  name: string;
  full_name: string;
  official_code: string | null;
  is_former: boolean;
  is_demo: boolean;
  sort_order: number;
  /** Has a Hội đồng nhân dân; NULL = the default of its type (0007-unit-office). */
  has_council: boolean | null;
  /** The name of its office; NULL = the default of its type. */
  office_name: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  password_hash: string;
  unit_id: string;
  active: boolean;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
  unit_id: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string | null;
  at: Timestamp;
  success: boolean;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  user_id: string | null;
  username: string;
  unit_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
  ip: string | null;
}

export interface ConferenceTemplatesTable {
  id: Generated<string>;
  owner_unit_id: string;
  title: string;
  year: number;
  is_default: boolean;
  body: Json;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferencesTable {
  id: Generated<string>;
  unit_id: string;
  template_id: string | null;
  name: string;
  name_line2: string;
  ordinal: number;
  term: string;
  year: number;
  session_date: string | null;
  session_part: string;
  start_time: string;
  end_time: string;
  venue: string;
  deadline: string | null;
  max_delegates: number;
  exemplary_share: number;
  guest_share: number;
  plan: Json;
  nomination_settings: Json | null;
  /** Bumped by each save of nomination_settings (0008). */
  nomination_settings_version: Generated<number>;
  status: string;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferenceItemsTable {
  list: string;
  code: string;
  label: string;
  aliases: Json<string[]>;
  active: boolean;
  sort_order: number;
  /** The list's version: every row of a list carries it (0008). */
  version: Generated<number>;
}

export interface FilesTable {
  id: Generated<string>;
  purpose: string;
  owner_unit_id: string;
  content_type: string;
  file_name: string;
  size: number;
  data: Buffer;
  created_by: string | null;
  created_at: Timestamp;
}

export interface NominationsTable {
  id: Generated<string>;
  conference_id: string;
  number: number;
  kind: string;
  name: string;
  gender: string | null;
  birth_year: number | null;
  ethnic_code: string | null;
  position: string;
  nominating_unit_id: string;
  former_unit_name: string;
  field_code: string | null;
  sector_code: string | null;
  direct_worker: boolean;
  priority_areas: Json<string[]>;
  achievements: string;
  awards: string;
  member_count: number | null;
  representative_name: string;
  representative_gender: string | null;
  representative_birth_year: number | null;
  representative_ethnic_code: string | null;
  vote: Json | null;
  citizen_id: string;
  phone: string;
  state: string;
  return_reason: string;
  council: Json | null;
  photo_file_id: string | null;
  duplicate_key: string;
  submitted_at: Timestamp | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  at: Timestamp;
  message: string;
  link: string | null;
  read: boolean;
}

export interface DelegateGuestsTable {
  id: Generated<string>;
  conference_id: string;
  category: string;
  name: string;
  gender: string | null;
  birth_year: number | null;
  ethnic_code: string | null;
  position: string;
  nominating_unit_id: string | null;
  former_unit_name: string;
  field_code: string | null;
  sector_code: string | null;
  direct_worker: boolean;
  priority_areas: Json<string[]>;
  achievements: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
}

export interface DelegateCompositionsTable {
  conference_id: string;
  /** Seats, rules, include, exclude and weights (CompositionSettings without its version). */
  settings: Json;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface DelegateListsTable {
  conference_id: string;
  number: number;
  approved_at: Timestamp;
  approved_by: string | null;
  note: string;
  seats: number;
  rules: Json;
  objective: number;
  /** The selected DelegateCandidate[] as they were when approved. */
  delegates: Json;
  evaluation: Json;
}

export interface AppSettingsTable {
  key: string;
  value: Json;
}

/** One setting of the whole installation (`installation_settings`), e.g. the public address. */
export interface InstallationSettingsTable {
  key: string;
  value: string;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  conference_templates: ConferenceTemplatesTable;
  conferences: ConferencesTable;
  app_settings: AppSettingsTable;
  reference_items: ReferenceItemsTable;
  files: FilesTable;
  nominations: NominationsTable;
  notifications: NotificationsTable;
  delegate_guests: DelegateGuestsTable;
  delegate_compositions: DelegateCompositionsTable;
  delegate_lists: DelegateListsTable;
  award_forms: AwardFormsTable;
  base_salaries: BaseSalariesTable;
  legal_documents: LegalDocumentsTable;
  award_records: AwardRecordsTable;
  award_proposals: AwardProposalsTable;
  award_decisions: AwardDecisionsTable;
  certificate_tokens: CertificateTokensTable;
  certificate_templates: CertificateTemplatesTable;
  installation_settings: InstallationSettingsTable;
}

/** Tables in an order where every row's references come before it (backup and restore use it). */
export const TABLES_IN_DEPENDENCY_ORDER = [
  'units',
  'users',
  'user_roles',
  'sessions',
  'login_attempts',
  'audit_log',
  'conference_templates',
  'conferences',
  'app_settings',
  'reference_items',
  'files',
  'nominations',
  'notifications',
  'delegate_guests',
  'delegate_compositions',
  'delegate_lists',
  'award_forms',
  'base_salaries',
  'legal_documents',
  'award_records',
  'award_proposals',
  'award_decisions',
  'certificate_tokens',
  'certificate_templates',
  'installation_settings',
] as const satisfies ReadonlyArray<keyof Database>;
