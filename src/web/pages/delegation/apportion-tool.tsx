import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ApportionInput, delegateApi } from '../../api/delegation.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { LabelledSegments } from '../../components/form/choice-fields.tsx';
import { AreaField } from '../../components/form/fields.tsx';
import { formatPoints } from './candidate-parts.tsx';
import { DEL } from './labels.ts';
import { parseUnitLines } from './rule-text.ts';

const A = DEL.apportion;
type Method = ApportionInput['method'];

/**
 * "Phân bổ chỉ tiêu": units and weights typed or pasted, seats, method and minimum; the result table
 * and every step of the calculation in words.
 */
export function ApportionTool({
  opened,
  onClose,
  defaultSeats,
}: {
  opened: boolean;
  onClose: () => void;
  defaultSeats: number;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [text, setText] = useState('');
  const [seats, setSeats] = useState<number>(defaultSeats);
  const [min, setMin] = useState<number>(0);
  const [method, setMethod] = useState<Method>('hamilton');
  const [problems, setProblems] = useState<string[]>([]);
  const run = useMutation({ mutationFn: (input: ApportionInput) => delegateApi.apportion(input) });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseUnitLines(text);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      run.reset();
      return;
    }
    setProblems([]);
    run.mutate({ seats, min, method, units: parsed.units });
  }

  const input = run.variables;
  const total = input ? input.units.reduce((s, u) => s + u.weight, 0) : 0;
  return (
    <Modal opened={opened} onClose={onClose} title={A.title} size="xl" fullScreen={isPhone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{A.intro}</Text>
          <AreaField text={A.units} value={text} onChange={setText} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={A.seats[0]}
              value={seats}
              onChange={(v) => typeof v === 'number' && setSeats(v)}
              min={1}
              max={100000}
              allowDecimal={false}
            />
            <NumberInput
              label={A.min[0]}
              description={A.min[1]}
              value={min}
              onChange={(v) => typeof v === 'number' && setMin(v)}
              min={0}
              max={10000}
              allowDecimal={false}
            />
          </SimpleGrid>
          <div>
            <LabelledSegments
              label={A.method}
              value={method}
              data={[
                { value: 'hamilton', label: A.hamilton },
                { value: 'sainte-lague', label: A.sainteLague },
              ]}
              onChange={setMethod}
              readOnly={false}
            />
            <Text size="sm" c="dimmed" mt={4}>
              {A.methodHint[method]}
            </Text>
          </div>
          {problems.length > 0 && (
            <Alert color="red" variant="light" title={DEL.failed} role="alert">
              <List size="sm">
                {problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <ApiErrorAlert error={run.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {A.close}
            </Button>
            <Button type="submit" loading={run.isPending}>
              {A.run}
            </Button>
          </Group>
          <Text size="sm" role="status" mih={0}>
            {run.isPending ? A.running : ''}
          </Text>
          {run.data && input && (
            <Stack gap="sm">
              <Paper withBorder>
                <Table.ScrollContainer minWidth={420}>
                  <Table striped aria-label={A.resultLabel}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{A.colUnit}</Table.Th>
                        <Table.Th ta="right">{A.colWeight}</Table.Th>
                        <Table.Th ta="right">{A.colShare}</Table.Th>
                        <Table.Th ta="right">{A.colSeats}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {input.units.map((u) => (
                        <Table.Tr key={u.unit}>
                          <Table.Td>{u.unit}</Table.Td>
                          <Table.Td ta="right">{formatPoints(u.weight)}</Table.Td>
                          <Table.Td ta="right">
                            {total > 0 ? `${formatPoints((100 * u.weight) / total)}%` : '—'}
                          </Table.Td>
                          <Table.Td ta="right" fw={700}>
                            {run.data.seats[u.unit] ?? 0}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                      <Table.Tr>
                        <Table.Td fw={700}>{A.total}</Table.Td>
                        <Table.Td ta="right">{formatPoints(total)}</Table.Td>
                        <Table.Td ta="right">100%</Table.Td>
                        <Table.Td ta="right" fw={700}>
                          {Object.values(run.data.seats).reduce((s, n) => s + n, 0)}
                        </Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
              <Title order={3} size="h5">
                {A.steps}
              </Title>
              <List type="ordered" size="sm" spacing={4}>
                {run.data.steps.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: steps are in calculation order
                  <List.Item key={i}>{String(s.text ?? '')}</List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
