import { useQuery } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody, UserRecord } from '../../shared/api/users.ts';
import { http, query } from './client.ts';

export const userApi = {
  list: (unitId?: string) => http.get<{ users: UserRecord[] }>(`/api/users${query({ unitId })}`),
  create: (body: CreateUserBody) => http.post<UserRecord>('/api/users', body),
  update: (id: string, body: UpdateUserBody) => http.patch<UserRecord>(`/api/users/${id}`, body),
};

/** Query keys of the user accounts. */
export const userKeys = {
  /** Every loaded list (to refresh them all after a change). */
  all: ['users'] as const,
  list: (unitId: string | null | undefined) => ['users', unitId ?? 'all'] as const,
};

/** The accounts of one unit's territory, or of every unit the user may see. */
export function useUsers(unitId: string | null | undefined) {
  return useQuery({ queryKey: userKeys.list(unitId), queryFn: () => userApi.list(unitId ?? undefined) });
}
