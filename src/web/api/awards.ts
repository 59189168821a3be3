import { useQuery } from '@tanstack/react-query';
import type { BaseSalary } from '../../core/awards/types.ts';
import type {
  CertificateTemplateView,
  CreateDecisionBody,
  DecisionSummary,
  DecisionView,
  UpdateCertificateTemplateBody,
  UpdateDecisionBody,
  UpdateRegisterNumbersBody,
} from '../../shared/api/award-decisions.ts';
import type {
  CouncilBody,
  ProposalCheck,
  ProposalInput,
  ProposalSummary,
  ProposalView,
} from '../../shared/api/award-proposals.ts';
import type {
  AwardRecordImportResult,
  AwardRecordListQuery,
  AwardRecordView,
  AwardStatisticsResponse,
  CreateAwardRecordBody,
  UpdateAwardRecordBody,
} from '../../shared/api/award-records.ts';
import type {
  AwardFormRecord,
  ReplaceBaseSalariesBody,
  UpdateAwardFormBody,
} from '../../shared/api/awards-catalogue.ts';
import { http, query } from './client.ts';

export type DocumentFormat = 'docx' | 'pdf';
export type RecordFilters = Partial<Omit<AwardRecordListQuery, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};

/** Query keys of the commendations: catalogue, records, proposals, decisions, certificates, statistics. */
export const awardKeys = {
  forms: ['award-forms'] as const,
  salaries: ['base-salaries'] as const,
  /** Every loaded list or history of award records (to refresh them all after a change). */
  records: ['award-records'] as const,
  recordList: (filters: RecordFilters) => ['award-records', filters] as const,
  subjectHistory: (subjectKey: string | undefined) => ['award-records', 'subject', subjectKey] as const,
  nominationHistory: (nominationId: string) => ['award-records', 'nomination', nominationId] as const,
  proposals: (conferenceId: string) => ['award-proposals', conferenceId] as const,
  /** Every loaded proposal (to refresh them all after a decision). */
  proposalDetails: ['award-proposal'] as const,
  proposal: (id: string) => ['award-proposal', id] as const,
  proposalCheck: (conferenceId: string, input: ProposalInput | null) =>
    ['award-proposal-check', conferenceId, input] as const,
  pickableNominations: (conferenceId: string) => ['award-pickable-nominations', conferenceId] as const,
  decisions: (conferenceId: string) => ['award-decisions', conferenceId] as const,
  decision: (id: string) => ['award-decision', id] as const,
  sampleDecision: (unitId: string | null) => ['award-sample-decision', unitId] as const,
  certificateTemplate: (unitId: string | null) => ['certificate-template', unitId] as const,
  statistics: (unitId: string | null, years: { from: number; to: number } | null) =>
    ['award-statistics', unitId, years] as const,
};

function fileForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', file);
  return form;
}

/** The commendation endpoints, typed from src/shared/api/award-*.ts and awards-catalogue.ts. */
export const awardApi = {
  forms: () => http.get<{ forms: AwardFormRecord[] }>('/api/award-forms'),
  updateForm: (code: string, effectiveFrom: string, body: UpdateAwardFormBody) =>
    http.put<AwardFormRecord>(`/api/award-forms/${code}${query({ effectiveFrom })}`, body),
  salaries: () => http.get<{ salaries: BaseSalary[]; version: number }>('/api/base-salaries'),
  replaceSalaries: (body: ReplaceBaseSalariesBody) =>
    http.put<{ salaries: BaseSalary[]; version: number }>('/api/base-salaries', body),

  records: (filters: RecordFilters) =>
    http.get<{ records: AwardRecordView[]; total: number }>(`/api/award-records${query(filters)}`),
  createRecord: (body: CreateAwardRecordBody) => http.post<AwardRecordView>('/api/award-records', body),
  updateRecord: (id: string, body: UpdateAwardRecordBody) =>
    http.put<AwardRecordView>(`/api/award-records/${id}`, body),
  removeRecord: (id: string, version: number) =>
    http.delete<void>(`/api/award-records/${id}${query({ version })}`),
  nominationHistory: (nominationId: string) =>
    http.get<{ subjectKey: string; records: AwardRecordView[] }>(
      `/api/nominations/${nominationId}/award-history`,
    ),
  recordTemplateUrl: (unitId: string) => `/api/units/${unitId}/award-records/template.xlsx`,
  importRecords: (unitId: string, file: File, dryRun: boolean) =>
    // A file with bad rows is answered 400 with the same report: show it, do not throw.
    http.upload<AwardRecordImportResult>(
      `/api/units/${unitId}/award-records/import`,
      fileForm(file, { dryRun: String(dryRun) }),
      { bodyStatuses: [400] },
    ),

  statistics: (unitId: string, from: number, to: number) =>
    http.get<AwardStatisticsResponse>(`/api/units/${unitId}/award-statistics${query({ from, to })}`),
  statisticsXlsxUrl: (unitId: string, from: number, to: number) =>
    `/api/units/${unitId}/award-statistics.xlsx${query({ from, to })}`,

  proposals: (conferenceId: string) =>
    http.get<{ proposals: ProposalSummary[] }>(`/api/conferences/${conferenceId}/award-proposals`),
  checkProposal: (conferenceId: string, body: ProposalInput) =>
    http.post<ProposalCheck>(`/api/conferences/${conferenceId}/award-proposals/check`, body),
  createProposal: (conferenceId: string, body: ProposalInput) =>
    http.post<ProposalView>(`/api/conferences/${conferenceId}/award-proposals`, body),
  proposal: (id: string) => http.get<ProposalView>(`/api/award-proposals/${id}`),
  updateProposal: (id: string, body: ProposalInput & { version: number }) =>
    http.put<ProposalView>(`/api/award-proposals/${id}`, body),
  removeProposal: (id: string, version: number) =>
    http.delete<void>(`/api/award-proposals/${id}${query({ version })}`),
  recordCouncil: (id: string, body: CouncilBody) =>
    http.put<ProposalView>(`/api/award-proposals/${id}/council`, body),
  proposalDocumentUrl: (id: string, kind: 'submission' | 'minutes', format: DocumentFormat) =>
    `/api/award-proposals/${id}/${kind}.${format}`,

  decisions: (conferenceId: string) =>
    http.get<{ decisions: DecisionSummary[] }>(`/api/conferences/${conferenceId}/award-decisions`),
  createDecision: (conferenceId: string, body: CreateDecisionBody) =>
    http.post<DecisionView>(`/api/conferences/${conferenceId}/award-decisions`, body),
  decision: (id: string) => http.get<DecisionView>(`/api/award-decisions/${id}`),
  updateDecision: (id: string, body: UpdateDecisionBody) =>
    http.put<DecisionView>(`/api/award-decisions/${id}`, body),
  removeDecision: (id: string, version: number) =>
    http.delete<void>(`/api/award-decisions/${id}${query({ version })}`),
  /** `confirmUnverified`: the key of every unverified value the approver confirmed. */
  approveDecision: (id: string, version: number, confirmUnverified: string[] = []) =>
    http.post<DecisionView>(`/api/award-decisions/${id}/approve`, { version, confirmUnverified }),
  replaceDecision: (id: string, version: number) =>
    http.post<DecisionView>(`/api/award-decisions/${id}/replace`, { version }),
  decisionDocumentUrl: (id: string, format: DocumentFormat) =>
    `/api/award-decisions/${id}/decision.${format}`,
  certificatesUrl: (id: string) => `/api/award-decisions/${id}/certificates.pdf`,
  updateRegisterNumbers: (id: string, body: UpdateRegisterNumbersBody) =>
    http.put<DecisionView>(`/api/award-decisions/${id}/register-numbers`, body),

  template: (unitId: string) =>
    http.get<CertificateTemplateView>(`/api/units/${unitId}/certificate-template`),
  saveTemplate: (unitId: string, body: UpdateCertificateTemplateBody) =>
    http.put<CertificateTemplateView>(`/api/units/${unitId}/certificate-template`, body),
  uploadBackground: (unitId: string, file: File, version: number) =>
    http.upload<CertificateTemplateView>(
      `/api/units/${unitId}/certificate-template/background`,
      fileForm(file, { version: String(version) }),
    ),
  backgroundUrl: (unitId: string, fileId: string) =>
    `/api/units/${unitId}/certificate-template/background${query({ v: fileId })}`,
};

/** Every version of every title and form (they change rarely). */
export function useAwardForms() {
  return useQuery({ queryKey: awardKeys.forms, queryFn: awardApi.forms, staleTime: 5 * 60_000 });
}

export function useBaseSalaries() {
  return useQuery({ queryKey: awardKeys.salaries, queryFn: awardApi.salaries, staleTime: 5 * 60_000 });
}
