import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PublicAddressView } from '../../../shared/api/settings.ts';
import type { FieldProblem } from '../../api/client.ts';
import { settingsApi, settingsKeys } from '../../api/settings.ts';
import { reportSaveError } from '../../components/save-error.ts';
import { SETTINGS } from './labels.ts';

/** The address being typed, its save (versioned), and what went wrong, for Cài đặt and the set-up card. */
export function usePublicAddressForm(current: PublicAddressView) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState(current.saved ?? '');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const save = useMutation({
    mutationFn: () => settingsApi.setPublicAddress({ version: current.version, publicUrl: value }),
    onSuccess: (saved) => {
      setProblems([]);
      queryClient.setQueryData(settingsKeys.publicAddress, saved);
      setValue(saved.saved ?? '');
      notifications.show({ color: 'teal', message: SETTINGS.saved(saved.saved ?? '') });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });
  return {
    value,
    setValue: (next: string) => {
      setValue(next);
      setProblems([]);
    },
    problems,
    fieldError: problems.find((p) => p.path === 'publicUrl')?.message,
    general: problems.filter((p) => p.path !== 'publicUrl').map((p) => p.message),
    save,
    dirty: value.trim() !== (current.saved ?? ''),
    conflict,
    closeConflict: () => setConflict(false),
    reload: async () => {
      setConflict(false);
      const fresh = await queryClient.fetchQuery({
        queryKey: settingsKeys.publicAddress,
        queryFn: settingsApi.publicAddress,
      });
      setValue(fresh.saved ?? '');
    },
  };
}
