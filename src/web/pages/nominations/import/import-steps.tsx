import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { SHEET_COLUMNS } from '../../../../core/nominations/spreadsheet-mapping.ts';
import { columnLetter } from '../../../../core/spreadsheet/columns.ts';
import type { ImportPreview } from '../../../../shared/api/nominations.ts';
import type { ColumnMapping } from '../../../api/nominations.ts';
import { IMPORT } from './labels.ts';

const UNUSED = '';

/** Each template column with a choice of the file's columns, pre-filled with the server's proposal. */
export function MappingStep({
  preview,
  mapping,
  onChange,
}: {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const options = [
    { value: UNUSED, label: IMPORT.unused },
    ...preview.headers.map((h, i) => ({ value: String(i), label: IMPORT.sourceColumn(columnLetter(i), h) })),
  ];
  const unmapped = SHEET_COLUMNS.filter((c) => c.key !== 'stt' && (mapping[c.key] ?? null) === null);
  return (
    <Stack gap="sm">
      <Text fw={600}>{IMPORT.found(preview.rowCount, preview.sheetName, preview.headerRow)}</Text>
      <Text size="sm">{IMPORT.mappingIntro}</Text>
      {unmapped.length > 0 && (
        <Text size="sm" c="#7a2c00" fw={600}>
          {IMPORT.unmapped(unmapped.length)}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        {SHEET_COLUMNS.map((c) => {
          const index = mapping[c.key] ?? null;
          const sharedWith = SHEET_COLUMNS.find(
            (o) => o.key !== c.key && index !== null && mapping[o.key] === index,
          );
          return (
            <Select
              key={c.key}
              label={c.header}
              data={options}
              value={index === null ? UNUSED : String(index)}
              onChange={(v) =>
                onChange({ ...mapping, [c.key]: v === null || v === UNUSED ? null : Number(v) })
              }
              allowDeselect={false}
              error={sharedWith ? IMPORT.usedTwice(sharedWith.header) : undefined}
              searchable
              comboboxProps={{ withinPortal: true }}
            />
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
