import { useQuery } from '@tanstack/react-query';
import { DEFAULT_NOMINATION_SETTINGS, type NominationSettings } from '../../core/nominations/types.ts';
import type { ConferenceSummary } from '../../shared/api/conferences.ts';
import type {
  ImportPreview,
  ImportResult,
  NominationInputBody,
  NominationListQuery,
  NominationListResponse,
  NominationRecord,
  NotificationRecord,
  ReferenceItem,
  ReferenceListName,
  TransitionBody,
} from '../../shared/api/nominations.ts';
import { http, query } from './client.ts';

/** Query keys of the nominations, their settings, the reference lists and the notifications. */
export const nominationKeys = {
  /** The conferences the user may nominate to or organise. */
  conferences: ['nomination-conferences'] as const,
  /** Every loaded list of one conference (to refresh them all after a change). */
  lists: (conferenceId: string) => ['nominations', conferenceId] as const,
  list: (conferenceId: string, filters: NominationListQuery) =>
    ['nominations', conferenceId, filters] as const,
  detail: (id: string | null) => ['nomination', id] as const,
  settings: (conferenceId: string) => ['nomination-settings', conferenceId] as const,
};

export const referenceKeys = { all: ['reference'] as const };
export const notificationKeys = { all: ['notifications'] as const };

/** A conference the user may nominate to (a unit on its territory) or organise. */
export type NominationConference = ConferenceSummary & {
  role: 'organiser' | 'nominator';
  deadline: string | null;
};

/** The vote thresholds with the version they were read at. */
export type VersionedNominationSettings = NominationSettings & { version: number };
export type ReferenceLists = Record<ReferenceListName, ReferenceItem[]>;
/** The lists as read, with each list's version (a save names it; a stale save answers 409). */
export type ReferenceListsWithVersions = ReferenceLists & { versions: Record<ReferenceListName, number> };

/** Column key of the template → index of the source column in the uploaded sheet, or null. */
export type ColumnMapping = Record<string, number | null>;

function fileForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', file);
  return form;
}

/** The nominations feature's endpoints, typed from src/shared/api/nominations.ts. */
export const nominationApi = {
  conferences: () => http.get<{ conferences: NominationConference[] }>('/api/nomination-conferences'),
  list: (conferenceId: string, filters: NominationListQuery) =>
    http.get<NominationListResponse>(`/api/conferences/${conferenceId}/nominations${query(filters)}`),
  create: (conferenceId: string, body: NominationInputBody) =>
    http.post<NominationRecord>(`/api/conferences/${conferenceId}/nominations`, body),
  get: (id: string) => http.get<NominationRecord>(`/api/nominations/${id}`),
  update: (id: string, body: NominationInputBody & { version: number }) =>
    http.put<NominationRecord>(`/api/nominations/${id}`, body),
  remove: (id: string, version: number) => http.delete<void>(`/api/nominations/${id}${query({ version })}`),
  transition: (id: string, body: TransitionBody) =>
    http.post<NominationRecord>(`/api/nominations/${id}/transition`, body),
  settings: (conferenceId: string) =>
    http.get<VersionedNominationSettings>(`/api/conferences/${conferenceId}/nomination-settings`),
  saveSettings: (conferenceId: string, body: VersionedNominationSettings) =>
    http.put<VersionedNominationSettings>(`/api/conferences/${conferenceId}/nomination-settings`, body),
  uploadPhoto: (id: string, file: File) =>
    http.upload<NominationRecord>(`/api/nominations/${id}/photo`, fileForm(file)),
  uploadMinutes: (id: string, file: File) =>
    http.upload<NominationRecord>(`/api/nominations/${id}/minutes`, fileForm(file)),
  fileUrl: (fileId: string) => `/api/files/${fileId}`,
  templateUrl: () => '/api/nominations/template.xlsx',
  exportUrl: (conferenceId: string, filters: NominationListQuery) =>
    `/api/conferences/${conferenceId}/nominations/export.xlsx${query(filters)}`,
  importPreview: (conferenceId: string, file: File) =>
    http.upload<ImportPreview>(`/api/conferences/${conferenceId}/nominations/import/preview`, fileForm(file)),
  import: (
    conferenceId: string,
    input: { file: File; mapping: ColumnMapping; unitId: string | null; dryRun: boolean },
  ) =>
    http.upload<ImportResult>(
      `/api/conferences/${conferenceId}/nominations/import`,
      fileForm(input.file, {
        mapping: JSON.stringify(input.mapping),
        dryRun: String(input.dryRun),
        ...(input.unitId ? { unitId: input.unitId } : {}),
      }),
      // A file with bad rows is answered 400 with the same report: show it, do not throw.
      { bodyStatuses: [400] },
    ),
};

export const referenceApi = {
  get: () => http.get<ReferenceListsWithVersions>('/api/reference'),
  save: (list: ReferenceListName, items: ReferenceItem[], version: number) =>
    http.put<{ items: ReferenceItem[]; version: number }>(`/api/reference/${list}`, { items, version }),
};

export const notificationApi = {
  list: () => http.get<{ notifications: NotificationRecord[]; unread: number }>('/api/notifications'),
  markRead: (ids?: string[]) => http.post<void>('/api/notifications/read', ids ? { ids } : {}),
};

/** The conferences the user may nominate to (a unit on its territory) or organise. */
export function useNominationConferences() {
  return useQuery({ queryKey: nominationKeys.conferences, queryFn: nominationApi.conferences });
}

/**
 * The conference's vote thresholds. A nominating unit may not be allowed to read them; it then sees the
 * default ("more than half"), and the server's verdict on the saved nomination is what counts.
 */
export function useNominationSettings(conferenceId: string): VersionedNominationSettings {
  const query = useQuery({
    queryKey: nominationKeys.settings(conferenceId),
    queryFn: () => nominationApi.settings(conferenceId),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return query.data ?? { ...DEFAULT_NOMINATION_SETTINGS, version: 0 };
}

/** The reference lists (ethnic groups, fields, sectors, priority areas); they rarely change. */
export function useReferenceLists() {
  return useQuery({ queryKey: referenceKeys.all, queryFn: referenceApi.get, staleTime: 5 * 60_000 });
}
