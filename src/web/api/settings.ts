import { useQuery } from '@tanstack/react-query';
import type { PublicAddressView, UpdatePublicAddressBody } from '../../shared/api/settings.ts';
import { http } from './client.ts';

/** Query keys of the installation's settings. */
export const settingsKeys = {
  publicAddress: ['settings', 'public-address'] as const,
};

/** The installation's settings ("Cài đặt"): the public address certificates' QR codes open. */
export const settingsApi = {
  publicAddress: () => http.get<PublicAddressView>('/api/settings/public-address'),
  setPublicAddress: (body: UpdatePublicAddressBody) =>
    http.put<PublicAddressView>('/api/settings/public-address', body),
};

/** The public address in force, for the set-up card, Cài đặt and the certificates button. */
export function usePublicAddress(enabled = true) {
  return useQuery({
    queryKey: settingsKeys.publicAddress,
    queryFn: settingsApi.publicAddress,
    staleTime: 60_000,
    enabled,
  });
}
