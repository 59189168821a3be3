import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NominationRecord, TransitionBody } from '../../../shared/api/nominations.ts';
import { ApiError } from '../../api/client.ts';
import { nominationApi, nominationKeys, notificationKeys } from '../../api/nominations.ts';
import { NOM } from './labels.ts';

/** The nomination lists of one conference (kept for the import dialog; new code uses `nominationKeys`). */
export const nominationsKey = nominationKeys.lists;

export type TransitionInput = { nomination: NominationRecord } & Omit<TransitionBody, 'version'>;

/** Moves one nomination along the workflow; on a stale version the list reloads and the user is told. */
export function useTransition(conferenceId: string, onDone?: (saved: NominationRecord) => void) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: nominationKeys.lists(conferenceId) }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    ]);
  return useMutation({
    mutationFn: ({ nomination, ...body }: TransitionInput) =>
      nominationApi.transition(nomination.id, { ...body, version: nomination.version }),
    onSuccess: async (saved, input) => {
      notifications.show({ color: 'teal', message: NOM.done[input.action] });
      queryClient.setQueryData(nominationKeys.detail(saved.id), saved);
      await refresh();
      onDone?.(saved);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) {
        notifications.show({ color: 'orange', message: NOM.conflict, autoClose: 8000 });
        await refresh();
      } else {
        notifications.show({ color: 'red', title: NOM.failed, message: (error as Error).message });
      }
    },
  });
}

/** Deletes a draft or returned nomination. */
export function useRemoveNomination(conferenceId: string, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (n: NominationRecord) => nominationApi.remove(n.id, n.version),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: NOM.done.remove });
      await queryClient.invalidateQueries({ queryKey: nominationKeys.lists(conferenceId) });
      onDone?.();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) {
        await queryClient.invalidateQueries({ queryKey: nominationKeys.lists(conferenceId) });
      }
    },
  });
}

/**
 * Runs one action on many nominations one after another (the server has no bulk route, and each
 * needs its own version); returns how many failed.
 */
export async function runInTurn(
  items: readonly NominationRecord[],
  body: Omit<TransitionBody, 'version'>,
  onProgress: (done: number) => void,
): Promise<number> {
  let failed = 0;
  for (const [i, n] of items.entries()) {
    try {
      await nominationApi.transition(n.id, { ...body, version: n.version });
    } catch {
      failed += 1;
    }
    onProgress(i + 1);
  }
  return failed;
}
