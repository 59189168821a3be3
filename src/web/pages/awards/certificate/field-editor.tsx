import {
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import type { CertificateField } from '../../../../core/awards/types.ts';
import { CERT } from './labels.ts';

type Key = CertificateField['key'];

/** The chosen field's numbers: position, width, size, bold, italic and alignment. */
export function FieldEditor({
  field,
  onChange,
  readOnly,
}: {
  field: CertificateField | null;
  onChange: (patch: Partial<CertificateField>) => void;
  readOnly: boolean;
}) {
  if (!field)
    return (
      <Paper withBorder p="sm">
        <Text size="sm">{CERT.pickField}</Text>
      </Paper>
    );
  const isQr = field.key === 'qr';
  const number = (label: string, key: 'x' | 'y' | 'width' | 'fontSize', min: number, max: number) => (
    <NumberInput
      label={label}
      value={field[key]}
      onChange={(v) => typeof v === 'number' && onChange({ [key]: Math.min(max, Math.max(min, v)) })}
      min={min}
      max={max}
      step={key === 'fontSize' ? 1 : 0.5}
      decimalScale={1}
      decimalSeparator=","
      readOnly={readOnly}
    />
  );
  return (
    <Paper withBorder p="sm" component="section" aria-label={CERT.editing(CERT.fields[field.key])}>
      <Stack gap="xs">
        <Text fw={700}>{CERT.editing(CERT.fields[field.key])}</Text>
        <SimpleGrid cols={2} spacing="xs">
          {number(CERT.x, 'x', 0, 297)}
          {number(CERT.y, 'y', 0, 210)}
          {number(isQr ? CERT.widthQr : CERT.width, 'width', 1, 297)}
          {!isQr && number(CERT.fontSize, 'fontSize', 4, 96)}
        </SimpleGrid>
        {!isQr && (
          <>
            <Group gap="md">
              <Checkbox
                label={CERT.bold}
                checked={field.bold}
                onChange={(e) => onChange({ bold: e.currentTarget.checked })}
                disabled={readOnly}
              />
              <Checkbox
                label={CERT.italic}
                checked={field.italic}
                onChange={(e) => onChange({ italic: e.currentTarget.checked })}
                disabled={readOnly}
              />
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {CERT.align}
              </Text>
              <SegmentedControl
                aria-label={CERT.align}
                value={field.align}
                onChange={(v) => onChange({ align: v as CertificateField['align'] })}
                readOnly={readOnly}
                data={[
                  { value: 'left', label: CERT.alignLeft },
                  { value: 'center', label: CERT.alignCenter },
                  { value: 'right', label: CERT.alignRight },
                ]}
              />
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Every field with its position, to pick one without finding it on the page. */
export function FieldTable({
  fields,
  selected,
  onSelect,
}: {
  fields: CertificateField[];
  selected: Key | null;
  onSelect: (key: Key) => void;
}) {
  return (
    <Table verticalSpacing={4} fz="sm" aria-label={CERT.tableLabel} highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{CERT.colField}</Table.Th>
          <Table.Th>{CERT.colPosition}</Table.Th>
          <Table.Th ta="right">{CERT.colSize}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((f) => (
          <Table.Tr key={f.key} bg={selected === f.key ? 'blue.0' : undefined}>
            <Table.Td>
              <UnstyledButton
                onClick={() => onSelect(f.key)}
                fw={selected === f.key ? 700 : 500}
                c="blue.9"
                td="underline"
              >
                {CERT.fields[f.key]}
              </UnstyledButton>
            </Table.Td>
            <Table.Td>{CERT.position(f.x, f.y, f.width)}</Table.Td>
            <Table.Td ta="right">{f.key === 'qr' ? '—' : f.fontSize}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
