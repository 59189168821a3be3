import { useQuery } from '@tanstack/react-query';
import type {
  CreateUnitBody,
  Unit,
  UnitTreeResponse,
  UpdateUnitBody,
  UpdateUnitOfficeBody,
} from '../../shared/api/units.ts';
import { http } from './client.ts';

export const unitApi = {
  tree: () => http.get<UnitTreeResponse>('/api/units'),
  get: (id: string) => http.get<{ unit: Unit; children: Unit[] }>(`/api/units/${id}`),
  create: (body: CreateUnitBody) => http.post<Unit>('/api/units', body),
  update: (id: string, body: UpdateUnitBody) => http.patch<Unit>(`/api/units/${id}`, body),
  updateOffice: (id: string, body: UpdateUnitOfficeBody) => http.put<Unit>(`/api/units/${id}/office`, body),
};

/** Query keys of the units: the tree the session loads, and one unit with its children. */
export const unitKeys = {
  tree: ['units'] as const,
  /** Every loaded unit detail (to refresh them all after a change). */
  details: ['unit'] as const,
  detail: (id: string) => ['unit', id] as const,
};

/** One unit with its direct children. */
export function useUnit(id: string) {
  return useQuery({ queryKey: unitKeys.detail(id), queryFn: () => unitApi.get(id) });
}
