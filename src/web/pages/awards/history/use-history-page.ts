import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AwardRecordView } from '../../../../shared/api/award-records.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import { useSession } from '../../../auth/session.tsx';
import { useCatalogue, useUnitChoices } from '../shared/use-catalogue.ts';
import { type KindFilter, pageCount, recordFilters } from './history-filters.ts';
import { HIS } from './labels.ts';
import type { RecordTarget } from './record-drawer.tsx';

const READ = ['conference.read', 'nomination.review'] as const;

/**
 * The history page's state: the unit and filters (a change goes back to page 1), the records of the
 * page, removing one, and the open drawer or dialog. The page itself is layout.
 */
export function useHistoryPage() {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const choices = useUnitChoices(READ);
  const catalogue = useCatalogue();
  const [unitId, setUnitId] = useState<string | null>(null);
  const unit = unitId ?? choices.defaultUnitId;
  const [year, setYear] = useState<string | null>(null);
  const [formCode, setFormCode] = useState<string | null>(null);
  const [kind, setKind] = useState<KindFilter>('all');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<RecordTarget>(null);
  const [importing, setImporting] = useState(false);
  const [person, setPerson] = useState<AwardRecordView | null>(null);
  const [removing, setRemoving] = useState<AwardRecordView | null>(null);
  const canEdit = unit !== null && can('nomination.review', unit);

  const filters = recordFilters({ unit, year, formCode, kind, q, page });
  const query = useQuery({
    queryKey: awardKeys.recordList(filters),
    queryFn: () => awardApi.records(filters),
    enabled: unit !== null,
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (r: AwardRecordView) => awardApi.removeRecord(r.id, r.version),
    onSuccess: async () => {
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: awardKeys.records });
      notifications.show({ color: 'teal', message: HIS.removed });
    },
  });
  const reset =
    <T>(fn: (v: T) => void) =>
    (v: T) => {
      fn(v);
      setPage(1);
    };
  const total = query.data?.total ?? 0;
  const pages = pageCount(total);

  return {
    choices,
    catalogue,
    unit,
    setUnitId,
    year,
    setYear,
    formCode,
    setFormCode,
    kind,
    setKind,
    search,
    setSearch,
    page,
    setPage,
    target,
    setTarget,
    importing,
    setImporting,
    person,
    setPerson,
    removing,
    setRemoving,
    canEdit,
    query,
    remove,
    reset,
    total,
    pages,
  };
}
