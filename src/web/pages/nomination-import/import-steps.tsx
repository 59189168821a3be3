import { Alert, Box, List, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { SHEET_COLUMNS } from '../../../core/nominations/spreadsheet-mapping.ts';
import { columnLetter } from '../../../core/spreadsheet/columns.ts';
import type { ImportPreview, ImportResult } from '../../../shared/api/nominations.ts';
import type { ColumnMapping } from '../../api/nominations.ts';
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

/** The answer of a check or an import: every bad cell as "Dòng N, cột X: …", or the count and warnings. */
export function ResultStep({ result }: { result: ImportResult }) {
  return (
    <Stack gap="sm">
      {result.ok ? (
        <Alert
          color="teal"
          variant="light"
          title={result.dryRun ? IMPORT.checkOk(result.imported) : IMPORT.done(result.imported)}
        >
          {result.dryRun ? IMPORT.checkOkNote : IMPORT.doneNote}
        </Alert>
      ) : (
        <Alert color="red" variant="light" title={IMPORT.checkBad(result.errors.length)} role="alert">
          {IMPORT.checkBadNote}
        </Alert>
      )}
      {result.errors.length > 0 && (
        <Box
          component="section"
          aria-label={IMPORT.errorsLabel}
          mah={320}
          style={{ overflow: 'auto', border: '1px solid var(--mantine-color-red-3)', borderRadius: 4 }}
          p="sm"
          tabIndex={0}
        >
          <List size="sm" spacing={4} type="ordered">
            {result.errors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Box>
      )}
      {result.warnings.length > 0 && (
        <Box component="section" aria-label={IMPORT.warnings}>
          <Text fw={600} size="sm">
            {IMPORT.warnings}
          </Text>
          <List size="sm" spacing={4}>
            {result.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Box>
      )}
    </Stack>
  );
}
