import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { compareVietnamese, sortByGivenName } from '../../../../core/vietnamese/collate.ts';
import { awardKeys } from '../../../api/awards.ts';
import { delegateApi, delegationKeys } from '../../../api/delegation.ts';
import { nominationApi } from '../../../api/nominations.ts';

/** One person or collective a proposal may name, from the delegate list or the approved nominations. */
export interface Pickable {
  id: string;
  /** A delegate of the approved list is proposed as such; others as council-approved nominations. */
  source: 'delegate' | 'nomination';
  kind: 'individual' | 'collective';
  name: string;
  position: string;
  unitName: string;
  fieldCode: string | null;
  gender: 'nam' | 'nu' | null;
  directWorker: boolean;
}

/** As on award lists: collectives by name first, then people by given name. */
export function inListOrder<T extends { kind: string; name: string }>(items: readonly T[]): T[] {
  const groups = items
    .filter((i) => i.kind === 'collective')
    .sort((a, b) => compareVietnamese(a.name, b.name));
  return [
    ...groups,
    ...sortByGivenName(
      items.filter((i) => i.kind !== 'collective'),
      (i) => i.name,
    ),
  ];
}

/**
 * Whom a proposal of this conference may name: the exemplary delegates of the latest approved delegate
 * list, and the council-approved nominations that are not already among them (a delegate chosen from
 * a nomination keeps the nomination's id, so the same person is never offered twice).
 */
export function usePickable(conferenceId: string, enabled: boolean) {
  const lists = useQuery({
    queryKey: delegationKeys.lists(conferenceId),
    queryFn: () => delegateApi.lists(conferenceId),
    enabled,
  });
  const latest = lists.data?.lists.reduce((m, l) => Math.max(m, l.number), 0) ?? 0;
  const list = useQuery({
    queryKey: delegationKeys.list(conferenceId, latest),
    queryFn: () => delegateApi.list(conferenceId, latest),
    enabled: enabled && latest > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const nominations = useQuery({
    queryKey: awardKeys.pickableNominations(conferenceId),
    queryFn: () => nominationApi.list(conferenceId, { state: 'council_approved' }),
    enabled,
  });
  const listData = list.data;
  const nominationData = nominations.data;
  const entries = useMemo(() => {
    const delegates: Pickable[] = (listData?.delegates ?? [])
      .filter((d) => d.category === 'dien_hinh')
      .map((d) => ({
        id: d.id,
        source: 'delegate',
        kind: d.kind,
        name: d.name,
        position: d.position,
        unitName: d.nominatingUnitName,
        fieldCode: d.fieldCode,
        gender: d.gender,
        directWorker: d.directWorker,
      }));
    const taken = new Set(delegates.map((d) => d.id));
    const others: Pickable[] = (nominationData?.nominations ?? [])
      .filter((n) => !taken.has(n.id))
      .map((n) => ({
        id: n.id,
        source: 'nomination',
        kind: n.kind,
        name: n.name,
        position: n.position,
        unitName: n.nominatingUnitName,
        fieldCode: n.fieldCode,
        gender: n.gender,
        directWorker: n.directWorker,
      }));
    return { delegates: inListOrder(delegates), nominations: inListOrder(others) };
  }, [listData, nominationData]);
  const ready =
    lists.data !== undefined && (latest === 0 || listData !== undefined) && nominationData !== undefined;
  return {
    ...entries,
    listNumber: latest,
    ready,
    error: lists.error ?? list.error ?? nominations.error,
  };
}
