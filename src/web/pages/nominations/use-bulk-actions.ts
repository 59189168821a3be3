import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { submissionProblems } from '../../../core/nominations/rules.ts';
import type { NominationSettings } from '../../../core/nominations/types.ts';
import { isoDateInVietnam } from '../../../core/vietnamese/dates.ts';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { nominationKeys, notificationKeys } from '../../api/nominations.ts';
import { NOM } from './labels.ts';
import type { RowAction } from './row-actions.ts';
import { runInTurn } from './use-transition.ts';

/**
 * "Gửi tất cả đủ điều kiện" (drafts on screen that pass the submission rules) and the organiser's
 * "Tiếp nhận" of the chosen submitted nominations, with progress.
 */
export function useBulkActions(
  conferenceId: string,
  rows: readonly NominationRecord[],
  settings: NominationSettings,
  actionsFor: (n: NominationRecord) => RowAction[],
) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const submittable = useMemo(() => {
    const today = isoDateInVietnam(new Date());
    return rows.filter(
      (n) => actionsFor(n).includes('submit') && submissionProblems(n, settings, today).length === 0,
    );
  }, [rows, settings, actionsFor]);
  const selectable = (n: NominationRecord) => actionsFor(n).includes('accept');
  // Only rows still on screen and still waiting count as chosen.
  const selectedRows = rows.filter((n) => chosen.has(n.id) && selectable(n));
  const selected = new Set(selectedRows.map((n) => n.id));

  async function run(
    items: readonly NominationRecord[],
    action: 'submit' | 'accept',
    done: (n: number) => string,
  ) {
    if (items.length === 0) return;
    setProgress({ done: 0, total: items.length });
    const failed = await runInTurn(items, { action }, (d) => setProgress({ done: d, total: items.length }));
    setProgress(null);
    setChosen(new Set());
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: nominationKeys.lists(conferenceId) }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    ]);
    if (items.length > failed) notifications.show({ color: 'teal', message: done(items.length - failed) });
    if (failed > 0)
      notifications.show({ color: 'orange', message: NOM.bulkFailed(failed), autoClose: 10_000 });
  }

  return {
    submittable,
    selected,
    progress,
    submitAll: () => run(submittable, 'submit', NOM.submitAllDone),
    acceptSelected: () => run(selectedRows, 'accept', NOM.acceptSelectedDone),
    clearSelection: () => setChosen(new Set()),
    selection: {
      ids: selected,
      selectable,
      toggle: (ids: string[]) =>
        setChosen((prev) => {
          const next = new Set(prev);
          for (const id of ids) {
            if (next.has(id)) next.delete(id);
            else next.add(id);
          }
          return next;
        }),
    },
  };
}
