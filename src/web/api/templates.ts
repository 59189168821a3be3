import { useQuery } from '@tanstack/react-query';
import type { ConferenceTemplate } from '../../core/conference/template.ts';
import type { ConferenceTemplateRecord, ConferenceTemplateSummary } from '../../shared/api/conferences.ts';
import { http } from './client.ts';

export const templateApi = {
  list: () => http.get<{ templates: ConferenceTemplateSummary[] }>('/api/templates'),
  get: (id: string) => http.get<ConferenceTemplateRecord>(`/api/templates/${id}`),
  update: (id: string, body: { version: number; body: ConferenceTemplate }) =>
    http.put<ConferenceTemplateRecord>(`/api/templates/${id}`, body),
};

/** Query keys of the conference templates. */
export const templateKeys = {
  list: ['templates'] as const,
  detail: (id: string) => ['template', id] as const,
};

/** Every template; `enabled` waits until the list is needed (a dialog opens). */
export function useTemplates(options: { enabled?: boolean; retry?: boolean } = {}) {
  return useQuery({ queryKey: templateKeys.list, queryFn: templateApi.list, ...options });
}

export function useTemplate(id: string) {
  return useQuery({ queryKey: templateKeys.detail(id), queryFn: () => templateApi.get(id) });
}
