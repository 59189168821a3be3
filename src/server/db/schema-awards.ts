/** Table types of the commendations (catalogue, award history, proposals, decisions, certificates). */
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './columns.ts';

export interface AwardFormsTable {
  code: string;
  name: string;
  category: string;
  level: string;
  recipients: Json<string[]>;
  authority: string;
  conferred_by_commune: boolean;
  coefficient_individual: number | null;
  coefficient_collective: number | null;
  comes_with: string;
  legal_basis: string;
  effective_from: string;
  effective_to: string | null;
  verified: boolean;
  requires_same_year: Json<string[]>;
  threshold: Json;
  sort_order: number;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface BaseSalariesTable {
  effective_from: string;
  amount: number;
  legal_basis: string;
  verified: boolean;
  /** The table's version: every row carries it (0008). */
  version: Generated<number>;
}

export interface LegalDocumentsTable {
  code: string;
  kind: string;
  number: string;
  issued_on: string;
  issuer: string;
  title: string;
  effective_from: string;
  effective_to: string | null;
  role: string;
  amends: string | null;
  forms: Json | null;
  levels: Json | null;
  unverified: Json;
  source: string;
  sort_order: number;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface AwardRecordsTable {
  id: Generated<string>;
  owner_unit_id: string;
  kind: string;
  name: string;
  birth_year: number | null;
  gender: string | null;
  ethnic_code: string | null;
  direct_worker: boolean;
  position: string;
  unit_id: string | null;
  unit_name: string;
  subject_key: string;
  form_code: string;
  year: number;
  achievement: string;
  decision_number: string;
  decision_date: string | null;
  issuer: string;
  amount: number | null;
  source: string;
  decision_id: string | null;
  nomination_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
}

export interface AwardProposalsTable {
  id: Generated<string>;
  conference_id: string;
  unit_id: string;
  form_code: string;
  year: number;
  period_from: number;
  period_to: number;
  title: string;
  /** Proposer: the body that signs the Tờ trình. */
  proposer: Json;
  /** The number only ("15"); the symbol follows the proposer. */
  submission_number: string;
  submission_date: string | null;
  /** ProposalItem[] */
  items: Json;
  /** CouncilMeeting */
  council: Json | null;
  state: string;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AwardDecisionsTable {
  id: Generated<string>;
  conference_id: string;
  unit_id: string;
  proposal_id: string | null;
  form_code: string;
  year: number;
  period_from: number;
  period_to: number;
  number: string;
  symbol: string;
  date: string;
  signing_prefix: string;
  signer_title: string;
  signer_name: string;
  bases: Json<string[]>;
  fund_source: string;
  executors: Json<string[]>;
  /** "Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ", as award records and the verification page name it. */
  issuer: string;
  base_salary: number;
  /** DecisionItem[] */
  items: Json;
  total: number;
  state: string;
  approved_at: Timestamp | null;
  approved_by: string | null;
  /** UnverifiedConfirmation: who confirmed which unverified values at approval (0007-award-money). */
  unverified_confirmation: ColumnType<unknown, string | null | undefined, string | null>;
  replaced_by: string | null;
  replaces: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Finds the decision item of a certificate's QR code without scanning every decision. */
export interface CertificateTokensTable {
  token: string;
  decision_id: string;
  item_id: string;
}

export interface CertificateTemplatesTable {
  unit_id: string;
  /** CertificateField[] */
  fields: Json;
  background_file_id: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}
