import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { sequentialRegisterNumbers } from '../../../../core/awards/register-numbers.ts';
import { inListOrder } from '../../../../core/documents/award-decision-document.ts';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { reportSaveError } from '../../../components/save-error.ts';
import { REG } from './register-numbers-labels.ts';

const numbersOf = (d: DecisionView) => new Map(d.items.map((i) => [i.id, i.registerNumber ?? '']));

/** The register numbers being written for a decision's lines, their run "from N", and their save. */
export function useRegisterNumbers(decision: DecisionView) {
  const queryClient = useQueryClient();
  const lines = useMemo(() => inListOrder(decision.items), [decision.items]);
  const [saved, setSaved] = useState(() => ({ version: decision.version, numbers: numbersOf(decision) }));
  const [numbers, setNumbers] = useState(saved.numbers);
  const [start, setStart] = useState<number | ''>(1);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  // A newer decision from the server (someone's save, approval) replaces untouched numbers.
  if (decision.version !== saved.version) {
    const fresh = numbersOf(decision);
    const untouched = lines.every((l) => (numbers.get(l.id) ?? '') === (saved.numbers.get(l.id) ?? ''));
    setSaved({ version: decision.version, numbers: fresh });
    if (untouched) setNumbers(fresh);
  }
  const dirty = lines.some((l) => (numbers.get(l.id) ?? '') !== (saved.numbers.get(l.id) ?? ''));
  const save = useMutation({
    mutationFn: () =>
      awardApi.updateRegisterNumbers(decision.id, {
        version: decision.version,
        items: lines.map((l) => ({ id: l.id, registerNumber: (numbers.get(l.id) ?? '').trim() })),
      }),
    onSuccess: (fresh) => {
      setProblems([]);
      queryClient.setQueryData(awardKeys.decision(fresh.id), fresh);
      notifications.show({ color: 'teal', message: REG.saved });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });
  const errorOf = (index: number) =>
    problems.find((p) => p.path === `items.${index}.registerNumber`)?.message;
  return {
    lines,
    numbers,
    numbered: lines.filter((l) => (saved.numbers.get(l.id) ?? '') !== '').length,
    set: (id: string, value: string) => {
      setNumbers((m) => new Map(m).set(id, value));
      setProblems([]);
    },
    start,
    setStart,
    fill: () => {
      if (start === '') return;
      setNumbers(sequentialRegisterNumbers(lines, start));
      setProblems([]);
    },
    clear: () => setNumbers(new Map(lines.map((l) => [l.id, '']))),
    discard: () => setNumbers(saved.numbers),
    dirty,
    save,
    errorOf,
    general: problems.filter((p) => !/^items\.\d+\.registerNumber$/.test(p.path)).map((p) => p.message),
    conflict,
    closeConflict: () => setConflict(false),
    reload: async () => {
      setConflict(false);
      const fresh = await queryClient.fetchQuery({
        queryKey: awardKeys.decision(decision.id),
        queryFn: () => awardApi.decision(decision.id),
      });
      setSaved({ version: fresh.version, numbers: numbersOf(fresh) });
      setNumbers(numbersOf(fresh));
    },
  };
}
