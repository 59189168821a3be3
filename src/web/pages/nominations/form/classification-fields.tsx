import { Autocomplete, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useMemo } from 'react';
import { compareVietnamese } from '../../../../core/vietnamese/collate.ts';
import type { Unit } from '../../../../shared/api/units.ts';
import { useSession } from '../../../auth/session.tsx';
import { AreaField } from '../../../components/form/fields.tsx';
import { ReferenceMultiSelect, ReferenceSelect } from '../../../components/reference-select.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import type { SectionProps } from './identity-fields.tsx';
import { FORM } from './labels.ts';

/** The nominating unit, the unit before the reorganisation, field, sector and priority groups. */
export function ClassificationFields({
  draft,
  set,
  errors,
  readOnly,
  reference,
  unitChoices,
}: SectionProps & { unitChoices: readonly Unit[] }) {
  const { units } = useSession();
  const formerNames = useMemo(
    () =>
      [...new Set([...units.values()].filter((u) => u.isFormer).map((u) => u.fullName))].sort(
        compareVietnamese,
      ),
    [units],
  );
  const chosenUnit = units.get(draft.nominatingUnitId);
  const choices =
    chosenUnit && !unitChoices.includes(chosenUnit) ? [...unitChoices, chosenUnit] : unitChoices;
  return (
    <Stack gap="sm">
      <UnitSelect
        units={choices}
        label={FORM.unit[0]}
        description={FORM.unit[1]}
        value={draft.nominatingUnitId || null}
        onChange={(id) => id && set({ nominatingUnitId: id })}
        error={errors.nominatingUnitId}
        readOnly={readOnly || unitChoices.length <= 1}
        allowDeselect={false}
        required
      />
      <Autocomplete
        label={FORM.formerUnit[0]}
        description={FORM.formerUnit[1]}
        data={formerNames}
        value={draft.formerUnitName}
        onChange={(formerUnitName) => set({ formerUnitName })}
        error={errors.formerUnitName}
        readOnly={readOnly}
        limit={30}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ReferenceSelect
          items={reference?.field}
          label={FORM.field[0]}
          value={draft.fieldCode}
          onChange={(fieldCode) => set({ fieldCode })}
          error={errors.fieldCode}
          readOnly={readOnly}
          clearable
        />
        <ReferenceSelect
          items={reference?.sector}
          label={FORM.sector[0]}
          value={draft.sectorCode}
          onChange={(sectorCode) => set({ sectorCode })}
          error={errors.sectorCode}
          readOnly={readOnly}
          clearable
        />
      </SimpleGrid>
      <Switch
        label={FORM.directWorker}
        description={FORM.directWorkerHint}
        checked={draft.directWorker}
        onChange={(e) => !readOnly && set({ directWorker: e.currentTarget.checked })}
        readOnly={readOnly}
      />
      <ReferenceMultiSelect
        items={reference?.priority}
        label={FORM.priority[0]}
        description={FORM.priority[1]}
        value={draft.priorityAreas}
        onChange={(priorityAreas) => set({ priorityAreas })}
        error={errors.priorityAreas}
        readOnly={readOnly}
        clearable
      />
    </Stack>
  );
}

/** The achievements and the commendations of 2020-2025, as the unit writes them. */
export function AchievementFields({ draft, set, errors, readOnly }: SectionProps) {
  return (
    <Stack gap="sm">
      <AreaField
        text={FORM.achievements}
        value={draft.achievements}
        onChange={(achievements) => set({ achievements })}
        error={errors.achievements}
        readOnly={readOnly}
        required
      />
      <AreaField
        text={FORM.awards}
        value={draft.awards}
        onChange={(awards) => set({ awards })}
        error={errors.awards}
        readOnly={readOnly}
      />
    </Stack>
  );
}
