import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { CompositionInput, DelegationResponse } from '../../../shared/api/delegation.ts';
import { delegateApi, delegationKeys } from '../../api/delegation.ts';
import type { ProposalView } from './delegation-view.ts';
import { belongsTo } from './what-if-result.ts';

/** The delegation of one conference (kept for the import dialog; new code uses `delegationKeys`). */
export const delegationKey = delegationKeys.delegation;

function inputOf(c: DelegationResponse['composition']): CompositionInput {
  const { version: _version, ...input } = c;
  return input;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface EditState {
  /** As last loaded or saved. */
  base: CompositionInput;
  draft: CompositionInput;
  version: number;
}

function fromServer(c: DelegationResponse['composition']): EditState {
  const input = inputOf(c);
  return { base: input, draft: input, version: c.version };
}

/**
 * The tab's state: the loaded delegation, an editable copy of the composition (rules, locks,
 * exclusions, what-if sliders), and the proposal computed on that copy. Once the user has asked for a
 * proposal, every change to the copy (or to the candidates) proposes again after a 200 ms pause.
 */
export function useDelegationState(conferenceId: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: delegationKeys.delegation(conferenceId),
    queryFn: () => delegateApi.get(conferenceId),
  });
  const data = query.data;
  const [edit, setEdit] = useState<EditState | null>(null);

  // Follow the server while the user has not changed anything; keep the user's changes otherwise
  // (their save then carries the old version and is refused if someone else saved in between).
  useEffect(() => {
    if (!data) return;
    setEdit((e) => (e === null || same(e.draft, e.base) ? fromServer(data.composition) : e));
  }, [data]);

  const draft = edit?.draft ?? null;
  const dirty = edit !== null && !same(edit.draft, edit.base);
  const setDraft = useCallback((update: (d: CompositionInput) => CompositionInput) => {
    setEdit((e) => (e ? { ...e, draft: update(e.draft) } : e));
  }, []);

  /** After a save or a reload: the new saved composition becomes both the base and the draft. */
  const resetTo = useCallback((composition: DelegationResponse['composition']) => {
    setEdit(fromServer(composition));
  }, []);

  const [proposing, setProposing] = useState(false);
  const [debounced] = useDebouncedValue(draft, 200);
  const proposalQuery = useQuery({
    queryKey: delegationKeys.proposal(conferenceId, query.dataUpdatedAt, debounced),
    // The signal cancels a request the user has already moved away from (its key is no longer
    // watched), so a late answer for an earlier slider value is never stored as the result.
    queryFn: async ({ signal }): Promise<ProposalView> => {
      const composition = debounced as CompositionInput;
      return { proposal: await delegateApi.propose(conferenceId, composition, signal), composition };
    },
    enabled: proposing && debounced !== null,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: false,
  });

  const propose = useCallback(() => {
    if (proposing) void proposalQuery.refetch();
    else setProposing(true);
  }, [proposing, proposalQuery]);

  const reload = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: delegationKeys.delegation(conferenceId),
      queryFn: () => delegateApi.get(conferenceId),
    });
    resetTo(fresh.composition);
    return fresh;
  }, [conferenceId, queryClient, resetTo]);

  // A draft change waiting for its pause counts as "calculating" too, so the screen never shows a
  // proposal for settings the user has already moved away from without saying so.
  const pending = proposing && (proposalQuery.isFetching || !same(debounced, draft));
  const view = proposing ? (proposalQuery.data ?? null) : null;

  return {
    query,
    data,
    draft,
    setDraft,
    dirty,
    version: edit?.version ?? 0,
    resetTo,
    reload,
    proposing,
    propose,
    proposal: view,
    /** The proposal on screen was computed for the settings on screen (not an earlier slider value). */
    proposalIsCurrent: belongsTo(view?.composition, draft),
    proposalError: proposalQuery.error,
    pending,
  };
}

export type DelegationState = ReturnType<typeof useDelegationState>;
