import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import type { CurrentUser, SessionResponse } from '../../shared/api/auth.ts';
import type { Permission } from '../../shared/api/roles.ts';
import type { Unit } from '../../shared/api/units.ts';
import { sessionKey } from '../api/auth.ts';
import { ApiError, onUnauthorized, setCsrfToken } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import { unitKeys } from '../api/units.ts';
import { hasPermission } from './permissions.ts';

/** The signed-in user, or null when nobody is signed in; undefined while loading. */
export function useSessionQuery() {
  const queryClient = useQueryClient();
  useEffect(() => {
    onUnauthorized(() => {
      setCsrfToken(null);
      queryClient.setQueryData(sessionKey, null);
    });
  }, [queryClient]);
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<SessionResponse | null> => {
      try {
        const session = await api.auth.me();
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

interface SessionValue {
  user: CurrentUser;
  /** Whether the user may do `permission` on `unitId` (or anywhere, without a unit). */
  can: (permission: Permission, unitId?: string) => boolean;
  /** Units by id, once the tree has loaded. */
  units: Map<string, Unit>;
  homeUnitId: string;
  /** The root of the tree (the city). */
  rootUnitId: string | null;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Provides the signed-in user and permission checks to every page inside the shell. */
export function SessionProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const unitsQuery = useQuery({ queryKey: unitKeys.tree, queryFn: api.units.tree, staleTime: 60_000 });
  const value = useMemo<SessionValue>(() => {
    const units = new Map((unitsQuery.data?.units ?? []).map((u) => [u.id, u]));
    const parentOf = (id: string) => units.get(id)?.parentId ?? null;
    const root = unitsQuery.data?.units.find((u) => u.parentId === null) ?? null;
    return {
      user,
      units,
      homeUnitId: unitsQuery.data?.homeUnitId ?? user.unitId,
      rootUnitId: root?.id ?? null,
      can: (permission, unitId) => hasPermission(user, permission, unitId, parentOf),
    };
  }, [user, unitsQuery.data]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
