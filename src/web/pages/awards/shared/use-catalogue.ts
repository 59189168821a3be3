import { useMemo } from 'react';
import { currentForms } from '../../../../core/awards/catalogue.ts';
import type { AwardForm } from '../../../../core/awards/types.ts';
import { isoDateInVietnam } from '../../../../core/vietnamese/dates.ts';
import type { AwardFormRecord } from '../../../../shared/api/awards-catalogue.ts';
import { awardKeys, useAwardForms, useBaseSalaries } from '../../../api/awards.ts';
import { useSession } from '../../../auth/session.tsx';

/** Every list of award records (kept for the import dialog; new code uses `awardKeys`). */
export const RECORDS_KEY = awardKeys.records;

/** The catalogue as AwardForm values (without the editing version), and the newest version of each. */
export function useCatalogue() {
  const forms = useAwardForms();
  const salaries = useBaseSalaries();
  const all = forms.data?.forms;
  const salaryList = salaries.data?.salaries;
  const data = useMemo(() => {
    const list: AwardForm[] = (all ?? []).map(stripRecord);
    return { forms: list, current: currentForms(list), salaries: salaryList ?? [] };
  }, [all, salaryList]);
  return {
    ...data,
    ready: all !== undefined && salaryList !== undefined,
    error: forms.error ?? salaries.error,
    pending: forms.isPending || salaries.isPending,
    retry: () => {
      void forms.refetch();
      void salaries.refetch();
    },
  };
}

export function stripRecord(f: AwardFormRecord): AwardForm {
  const { version: _v, updatedAt: _u, ...form } = f;
  return form;
}

/** Today in Vietnam, as an ISO date. */
export function today(): string {
  return isoDateInVietnam(new Date());
}

/**
 * Units whose awards the user works on: those where they hold `permission`, in tree order, and the
 * one to start with (the unit of their first role that has it).
 */
export function useUnitChoices(
  permissions: readonly ('conference.read' | 'nomination.review' | 'template.manage')[],
) {
  const { user, units, can } = useSession();
  return useMemo(() => {
    const allowed = (id: string) => permissions.some((p) => can(p, id));
    const list = [...units.values()].filter((u) => !u.isFormer && allowed(u.id));
    const fromRole = user.roles.map((r) => r.unitId).find((id) => allowed(id) && units.has(id));
    const first = fromRole ?? (allowed(user.unitId) ? user.unitId : list[0]?.id) ?? null;
    return { units: list, defaultUnitId: first };
  }, [user, units, can, permissions]);
}
