import { useQuery } from '@tanstack/react-query';
import { DEFAULT_NOMINATION_SETTINGS, type NominationSettings } from '../../../core/nominations/types.ts';
import { nominationApi, nominationKeys } from '../../api/nominations.ts';

/**
 * The conference's vote thresholds. A nominating unit may not be allowed to read them; it then sees the
 * default ("more than half"), and the server's verdict on the saved nomination is what counts.
 */
export function useNominationSettings(conferenceId: string): NominationSettings {
  const query = useQuery({
    queryKey: nominationKeys.settings(conferenceId),
    queryFn: () => nominationApi.settings(conferenceId),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return query.data ?? DEFAULT_NOMINATION_SETTINGS;
}
