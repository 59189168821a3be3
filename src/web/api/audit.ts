import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../shared/api/audit.ts';
import { http, query } from './client.ts';

export type AuditFilters = {
  unitId?: string;
  entityType?: string;
  entityId?: string;
  limit: number;
  offset: number;
};

export const auditApi = {
  list: (params: AuditFilters) =>
    http.get<{ entries: AuditEntry[]; total: number }>(`/api/audit${query(params)}`),
};

/** Query keys of the audit log: one page under its filters. */
export const auditKeys = {
  list: (filters: AuditFilters) => ['audit', filters] as const,
};

export function useAuditEntries(filters: AuditFilters) {
  return useQuery({ queryKey: auditKeys.list(filters), queryFn: () => auditApi.list(filters) });
}
