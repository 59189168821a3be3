import type { Guest } from '../../core/delegation/types.ts';
import type {
  CompositionInput,
  DelegateListView,
  DelegationResponse,
  GuestInputBody,
  ListSummary,
  Proposal,
  RepresentativeBody,
  RepresentativeView,
} from '../../shared/api/delegation.ts';
import type { ImportResult } from '../../shared/api/nominations.ts';
import { http, query } from './client.ts';

export type Composition = CompositionInput & { version: number };
/** The import's report; a check (dry run) also lists the guests it read, as a preview. */
export type GuestImportResult = ImportResult & { guests?: GuestInputBody[] };
export type ListFormat = 'xlsx' | 'docx' | 'pdf';

/** One line of the step-by-step apportionment: a Vietnamese sentence plus its numbers. */
export interface ApportionStep {
  text: string;
  [key: string]: unknown;
}

export interface ApportionInput {
  seats: number;
  method: 'hamilton' | 'sainte-lague';
  min: number;
  units: Array<{ unit: string; weight: number }>;
}

export interface ApportionResult {
  seats: Record<string, number>;
  steps: ApportionStep[];
}

/** Query keys of the delegation tab and of the approved lists. */
export const delegationKeys = {
  /** Candidates, composition, current list and its evaluation. */
  delegation: (conferenceId: string) => ['delegation', conferenceId] as const,
  guests: (conferenceId: string) => ['delegation-guests', conferenceId] as const,
  lists: (conferenceId: string) => ['delegation-lists', conferenceId] as const,
  list: (conferenceId: string, number: number) => ['delegation-list', conferenceId, number] as const,
  /** A proposal for unsaved settings, computed again when the delegation reloads (`loadedAt`). */
  proposal: (conferenceId: string, loadedAt: number, composition: CompositionInput | null) =>
    ['delegation-proposal', conferenceId, loadedAt, composition] as const,
};

const base = (conferenceId: string) => `/api/conferences/${conferenceId}/delegates`;

/** The delegation feature's endpoints, typed from src/shared/api/delegation.ts. */
export const delegateApi = {
  get: (conferenceId: string) => http.get<DelegationResponse>(base(conferenceId)),
  /** The guests and leaders with their versions, for editing and deleting. */
  guests: (conferenceId: string) => http.get<{ guests: Guest[] }>(`${base(conferenceId)}/guests`),
  createGuest: (conferenceId: string, body: GuestInputBody) =>
    http.post<Guest>(`${base(conferenceId)}/guests`, body),
  updateGuest: (conferenceId: string, guestId: string, body: GuestInputBody & { version: number }) =>
    http.put<Guest>(`${base(conferenceId)}/guests/${guestId}`, body),
  removeGuest: (conferenceId: string, guestId: string, version: number) =>
    http.delete<void>(`${base(conferenceId)}/guests/${guestId}${query({ version })}`),
  guestTemplateUrl: (conferenceId: string) => `${base(conferenceId)}/guests/template`,
  /** Who attends for a collective, at its nomination's version. */
  updateRepresentative: (conferenceId: string, nominationId: string, body: RepresentativeBody) =>
    http.put<RepresentativeView>(`${base(conferenceId)}/representatives/${nominationId}`, body),
  importGuests: (conferenceId: string, file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    form.append('file', file);
    // A file with bad rows is answered 400 with the same report: show it, do not throw.
    return http.upload<GuestImportResult>(`${base(conferenceId)}/guests/import`, form, {
      bodyStatuses: [400],
    });
  },
  composition: (conferenceId: string) =>
    http.get<Composition>(`/api/conferences/${conferenceId}/composition`),
  saveComposition: (conferenceId: string, body: Composition) =>
    http.put<Composition>(`/api/conferences/${conferenceId}/composition`, body),
  /** Without `composition`, the saved rules; with it, an unsaved what-if. */
  propose: (conferenceId: string, composition?: CompositionInput, signal?: AbortSignal) =>
    http.post<Proposal>(`${base(conferenceId)}/propose`, composition ? { composition } : {}, { signal }),
  lists: (conferenceId: string) => http.get<{ lists: ListSummary[] }>(`${base(conferenceId)}/lists`),
  list: (conferenceId: string, number: number) =>
    http.get<DelegateListView>(`${base(conferenceId)}/lists/${number}`),
  approve: (conferenceId: string, body: { selected: string[]; basedOn: number | null; note: string }) =>
    http.post<DelegateListView>(`${base(conferenceId)}/lists`, body),
  exportUrl: (conferenceId: string, number: number, format: ListFormat) =>
    `${base(conferenceId)}/lists/${number}/export.${format}`,
  apportion: (body: ApportionInput) => http.post<ApportionResult>('/api/apportion', body),
};
