import { useQuery } from '@tanstack/react-query';
import type { Conference } from '../../core/conference/types.ts';
import type {
  ConferenceSummary,
  CreateConferenceBody,
  UpdateConferenceBody,
} from '../../shared/api/conferences.ts';
import { http, query } from './client.ts';

export const conferenceApi = {
  list: (unitId?: string) =>
    http.get<{ conferences: ConferenceSummary[] }>(`/api/conferences${query({ unitId })}`),
  create: (body: CreateConferenceBody) => http.post<Conference>('/api/conferences', body),
  get: (id: string) => http.get<Conference>(`/api/conferences/${id}`),
  update: (id: string, body: UpdateConferenceBody) => http.put<Conference>(`/api/conferences/${id}`, body),
  planDocxUrl: (id: string) => `/api/conferences/${id}/plan.docx`,
  planPdfUrl: (id: string) => `/api/conferences/${id}/plan.pdf`,
};

/** Query keys of the conferences. */
export const conferenceKeys = {
  /** Every loaded list (to refresh them all after a change). */
  lists: ['conferences'] as const,
  list: (unitId: string | null | undefined) => ['conferences', unitId ?? 'all'] as const,
  detail: (id: string) => ['conference', id] as const,
};

/** The conferences of one unit's territory, or of every unit the user may see. */
export function useConferences(unitId: string | null | undefined) {
  return useQuery({
    queryKey: conferenceKeys.list(unitId),
    queryFn: () => conferenceApi.list(unitId ?? undefined),
  });
}

export function useConference(id: string) {
  return useQuery({ queryKey: conferenceKeys.detail(id), queryFn: () => conferenceApi.get(id) });
}
