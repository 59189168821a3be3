import { useQuery } from '@tanstack/react-query';
import type { LegalDocumentRecord, UpdateLegalDocumentBody } from '../../shared/api/legal-documents.ts';
import { http } from './client.ts';

/** The laws and decrees award decisions cite, with their effective dates. */
export const legalDocumentApi = {
  list: () => http.get<{ documents: LegalDocumentRecord[] }>('/api/legal-documents'),
  update: (code: string, body: UpdateLegalDocumentBody) =>
    http.put<LegalDocumentRecord>(`/api/legal-documents/${code}`, body),
};

export const legalDocumentKeys = { all: ['legal-documents'] as const };

export function useLegalDocuments() {
  return useQuery({ queryKey: legalDocumentKeys.all, queryFn: legalDocumentApi.list });
}
