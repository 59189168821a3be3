import { Anchor } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportPreview } from '../../../../shared/api/nominations.ts';
import type { Unit } from '../../../../shared/api/units.ts';
import { type ColumnMapping, nominationApi, nominationKeys } from '../../../api/nominations.ts';
import { ImportModal } from '../../../components/import-modal.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { MappingStep } from './import-steps.tsx';
import { IMPORT, IMPORT_STEPS } from './labels.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  conferenceId: string;
  unitChoices: readonly Unit[];
  defaultUnitId: string;
}

/**
 * Choose a file → check the proposed column mapping → "Kiểm tra" (a dry run listing every bad cell,
 * nothing imported) → "Nhập" (all rows or none): the app's import dialog with its mapping step.
 */
export function ImportWizard({ opened, onClose, conferenceId, unitChoices, defaultUnitId }: Props) {
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const chosenUnit = unitId ?? (defaultUnitId || null);

  return (
    <ImportModal
      opened={opened}
      onClose={onClose}
      labels={IMPORT}
      template={
        <Anchor href={nominationApi.templateUrl()} download size="sm" w="fit-content">
          {IMPORT.template}
        </Anchor>
      }
      fields={
        unitChoices.length > 1 && (
          <UnitSelect
            units={unitChoices}
            label={IMPORT.unit}
            description={IMPORT.unitHint}
            value={chosenUnit}
            onChange={setUnitId}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        )
      }
      send={(file, dryRun) =>
        nominationApi.import(conferenceId, { file, mapping, unitId: chosenUnit, dryRun })
      }
      onImported={() => void queryClient.invalidateQueries({ queryKey: nominationKeys.lists(conferenceId) })}
      mapping={{
        labels: IMPORT_STEPS,
        read: async (file) => {
          const preview: ImportPreview = await nominationApi.importPreview(conferenceId, file);
          setMapping(preview.mapping);
          return preview;
        },
        render: (preview) => <MappingStep preview={preview} mapping={mapping} onChange={setMapping} />,
      }}
    />
  );
}
