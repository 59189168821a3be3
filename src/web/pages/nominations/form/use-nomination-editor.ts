import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { validateNomination } from '../../../../core/nominations/rules.ts';
import { isoDateInVietnam } from '../../../../core/vietnamese/dates.ts';
import {
  type NominationInputBody,
  type NominationRecord,
  nominationInputSchema,
} from '../../../../shared/api/nominations.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { nominationApi, nominationKeys, type ReferenceLists } from '../../../api/nominations.ts';
import { useDraft } from '../../../components/form/use-draft.ts';
import { checkWithSchema, problemsByPath } from '../../../components/form/validation.ts';
import { reportSaveError } from '../../../components/save-error.ts';
import { forSaving, toInput } from './draft.ts';
import { FORM } from './labels.ts';

/** Every problem the server would report, found before sending: the rules' messages first. */
function checkLocally(input: NominationInputBody, lists: ReferenceLists | undefined): FieldProblem[] {
  const rules = lists ? validateNomination(input, { today: isoDateInVietnam(new Date()), lists }) : [];
  return [...rules, ...checkWithSchema(nominationInputSchema, input)];
}

/**
 * The form's state: the draft, local and server problems, saving (create or update with the loaded
 * version) and the 409 conflict flag. `saved` is the record as the cache holds it.
 */
export function useNominationEditor(args: {
  conferenceId: string;
  saved: NominationRecord | null;
  initial: NominationInputBody;
  reference: ReferenceLists | undefined;
  onSaved: (record: NominationRecord, created: boolean) => void;
}) {
  const { conferenceId, saved, reference, onSaved } = args;
  const queryClient = useQueryClient();
  const { draft, setDraft, dirty, reset } = useDraft<NominationInputBody>(
    saved ? toInput(saved) : args.initial,
  );
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);

  // An upload or a workflow step changes the record: follow it, keeping the user's unsaved typing.
  const version = saved?.version;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the stored version moves on
  useEffect(() => {
    if (!saved) return;
    if (!dirty) reset(toInput(saved));
    else
      setDraft((d) =>
        d.vote ? { ...d, vote: { ...d.vote, minutesFileId: saved.vote?.minutesFileId ?? null } } : d,
      );
  }, [version]);

  const liveProblems = useMemo(
    () => (attempted ? checkLocally(forSaving(draft), reference) : []),
    [attempted, draft, reference],
  );
  const problems = liveProblems.length > 0 ? liveProblems : serverProblems;
  const errors = useMemo(() => problemsByPath(problems), [problems]);

  const save = useMutation({
    mutationFn: () =>
      saved
        ? nominationApi.update(saved.id, { ...forSaving(draft), version: saved.version })
        : nominationApi.create(conferenceId, forSaving(draft)),
    onSuccess: async (record) => {
      queryClient.setQueryData(nominationKeys.detail(record.id), record);
      await queryClient.invalidateQueries({ queryKey: nominationKeys.lists(conferenceId) });
      reset(toInput(record));
      setAttempted(false);
      setServerProblems([]);
      notifications.show({ color: 'teal', message: saved ? FORM.saved : FORM.created });
      onSaved(record, !saved);
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setServerProblems }),
  });

  /** Checks first; returns whether the save was sent. */
  function trySave(): boolean {
    setAttempted(true);
    setServerProblems([]);
    if (checkLocally(forSaving(draft), reference).length > 0) return false;
    save.mutate();
    return true;
  }

  async function reloadLatest() {
    setConflict(false);
    if (!saved) return;
    const fresh = await nominationApi.get(saved.id);
    queryClient.setQueryData(nominationKeys.detail(saved.id), fresh);
    reset(toInput(fresh));
    setServerProblems([]);
    setAttempted(false);
  }

  const set = (patch: Partial<NominationInputBody>) => setDraft((d) => ({ ...d, ...patch }));
  return { draft, set, dirty, problems, errors, save, trySave, conflict, setConflict, reloadLatest };
}
