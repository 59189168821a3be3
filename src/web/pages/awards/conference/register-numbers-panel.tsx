import {
  Accordion,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { REG } from './register-numbers-labels.ts';
import { useRegisterNumbers } from './use-register-numbers.ts';

/** "Số vào sổ": each certificate's register number, typed or numbered in a run, saved on its own. */
export function RegisterNumbers({
  decision,
  canEdit,
  blocked,
}: {
  decision: DecisionView;
  canEdit: boolean;
  /** The draft above has unsaved changes: saving the numbers would race them. */
  blocked: boolean;
}) {
  const reg = useRegisterNumbers(decision);
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="register">
        <Accordion.Control>
          <Text fw={700}>
            {REG.title}{' '}
            <Text span c="gray.8" fw={400}>
              ({REG.summary(reg.numbered, reg.lines.length)})
            </Text>
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Text size="sm">{REG.intro}</Text>
            {canEdit ? (
              <Group align="flex-end" gap="xs">
                <NumberInput
                  label={REG.startFrom}
                  description={REG.startHint}
                  min={1}
                  max={9_999_999}
                  allowDecimal={false}
                  allowNegative={false}
                  value={reg.start}
                  onChange={(v) => reg.setStart(typeof v === 'number' ? v : '')}
                  w={220}
                />
                <Button variant="default" onClick={reg.fill} disabled={reg.start === ''}>
                  {REG.fill}
                </Button>
                <Button variant="subtle" onClick={reg.clear}>
                  {REG.clear}
                </Button>
              </Group>
            ) : (
              <Text size="sm">{REG.readOnly}</Text>
            )}
            <Paper withBorder style={{ overflowX: 'auto' }}>
              <Table verticalSpacing={4} striped aria-label={REG.title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={50}>{REG.colNumber}</Table.Th>
                    <Table.Th>{REG.colName}</Table.Th>
                    <Table.Th w={120}>{REG.colRegister}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reg.lines.map((line, i) => (
                    <Table.Tr key={line.id}>
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{line.subject.name}</Text>
                      </Table.Td>
                      <Table.Td>
                        {canEdit ? (
                          <TextInput
                            size="xs"
                            aria-label={REG.numberOf(i + 1, line.subject.name)}
                            value={reg.numbers.get(line.id) ?? ''}
                            onChange={(e) => reg.set(line.id, e.currentTarget.value)}
                            error={reg.errorOf(i)}
                            maxLength={30}
                          />
                        ) : (
                          <Text size="sm">{reg.numbers.get(line.id) || REG.none}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            {reg.general.length > 0 && (
              <Alert color="red" variant="light" role="alert">
                {reg.general.join(' ')}
              </Alert>
            )}
            {canEdit && (
              <Group gap="xs">
                <Button
                  onClick={() => reg.save.mutate()}
                  loading={reg.save.isPending}
                  disabled={!reg.dirty || blocked}
                >
                  {REG.save}
                </Button>
                {reg.dirty && (
                  <Button variant="default" onClick={reg.discard}>
                    {REG.discard}
                  </Button>
                )}
                {reg.dirty && (
                  <Text size="sm" fw={700} c="#8a3b00" role="status">
                    {REG.unsaved}
                  </Text>
                )}
              </Group>
            )}
            {canEdit && blocked && reg.dirty && <Text size="sm">{REG.blocked}</Text>}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <ConflictModal opened={reg.conflict} onClose={reg.closeConflict} onReload={reg.reload} />
    </Accordion>
  );
}
