import {
  Alert,
  Button,
  Drawer,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { DELEGATE_COLUMN_LABELS, type ValueLabeler } from '../../../core/delegation/labels.ts';
import {
  DELEGATE_COLUMNS,
  type DelegateCandidate,
  type DelegateColumn,
} from '../../../core/delegation/types.ts';
import type { CompositionInput } from '../../../shared/api/delegation.ts';
import type { FieldProblem } from '../../api/client.ts';
import { DEL } from './labels.ts';
import { valueOptions } from './value-labels.ts';

const E = DEL.editor;
const EACH = '__each__';

type Rule = CompositionInput['rules'][number];
type Side = 'min' | 'max';

const COLUMN_OPTIONS = DELEGATE_COLUMNS.map((c) => ({ value: c, label: DELEGATE_COLUMN_LABELS[c] }));

/** The bound on one side as the editor shows it: a number of people or a percentage of the seats. */
function boundOf(rule: Rule, side: Side): { value: number | null; unit: 'people' | 'percent' } {
  const share = side === 'min' ? rule.minShare : rule.maxShare;
  if (share !== undefined) return { value: Math.round(share * 1000) / 10, unit: 'percent' };
  const count = side === 'min' ? rule.min : rule.max;
  return { value: count ?? null, unit: 'people' };
}

function withBound(rule: Rule, side: Side, value: number | null, unit: 'people' | 'percent'): Rule {
  const next: Rule = { ...rule };
  const countKey = side === 'min' ? 'min' : 'max';
  const shareKey = side === 'min' ? 'minShare' : 'maxShare';
  delete next[countKey];
  delete next[shareKey];
  if (value === null) return next;
  if (unit === 'percent') next[shareKey] = Math.min(100, Math.max(0, value)) / 100;
  else next[countKey] = Math.max(0, Math.round(value));
  return next;
}

function BoundField({
  rule,
  side,
  n,
  onChange,
}: {
  rule: Rule;
  side: Side;
  n: number;
  onChange: (rule: Rule) => void;
}) {
  const { value, unit } = boundOf(rule, side);
  const label = side === 'min' ? E.min : E.max;
  return (
    <Group gap={6} align="flex-end" wrap="nowrap">
      <NumberInput
        label={label}
        aria-label={`${E.rule(n)}: ${label}`}
        placeholder={E.noBound}
        value={value ?? ''}
        onChange={(v) => onChange(withBound(rule, side, typeof v === 'number' ? v : null, unit))}
        min={0}
        max={unit === 'percent' ? 100 : 100000}
        decimalScale={unit === 'percent' ? 1 : 0}
        style={{ flex: 1 }}
        styles={{ input: { minWidth: 70 } }}
      />
      <SegmentedControl
        aria-label={`${E.rule(n)}: ${label}, ${E.unit}`}
        value={unit}
        onChange={(u) => onChange(withBound(rule, side, value, u as 'people' | 'percent'))}
        data={[
          { value: 'people', label: E.people },
          { value: 'percent', label: E.percent },
        ]}
        size="sm"
      />
    </Group>
  );
}

function RuleRow({
  rule,
  n,
  candidates,
  label,
  onChange,
  onRemove,
}: {
  rule: Rule;
  n: number;
  candidates: readonly DelegateCandidate[];
  label: ValueLabeler;
  onChange: (rule: Rule) => void;
  onRemove: () => void;
}) {
  const values = [
    { value: EACH, label: E.each },
    ...valueOptions(rule.column as DelegateColumn, candidates, label),
  ];
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }} id={`vd-rule-${n}`}>
      <Group justify="space-between" mb={6}>
        <Text fw={700} size="sm">
          {E.rule(n)}
        </Text>
        <Button variant="subtle" c="red.9" size="compact-sm" onClick={onRemove} aria-label={E.remove(n)}>
          ✕ {DEL.guest.removeConfirm}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={E.column}
          aria-label={`${E.rule(n)}: ${E.column}`}
          data={COLUMN_OPTIONS}
          value={rule.column}
          allowDeselect={false}
          onChange={(c) =>
            c && onChange({ ...rule, column: c as DelegateColumn, value: undefined, each: true })
          }
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={E.value}
          aria-label={`${E.rule(n)}: ${E.value}`}
          description={rule.each ? E.eachHint : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={values}
          value={rule.each ? EACH : (rule.value ?? null)}
          placeholder={E.chooseValue}
          allowDeselect={false}
          searchable
          onChange={(v) => {
            if (v === EACH) onChange({ ...rule, each: true, value: undefined });
            else if (v) onChange({ ...rule, each: undefined, value: v });
          }}
          comboboxProps={{ withinPortal: true }}
        />
        <BoundField rule={rule} side="min" n={n} onChange={onChange} />
        <BoundField rule={rule} side="max" n={n} onChange={onChange} />
      </SimpleGrid>
    </Paper>
  );
}

/** Seats and rules in a panel from the right; every change is tried at once, "Lưu quy tắc" keeps it. */
export function RulesEditor({
  opened,
  onClose,
  draft,
  maxDelegates,
  candidates,
  label,
  onChange,
  onSave,
  saving,
  dirty,
  problems,
}: {
  opened: boolean;
  onClose: () => void;
  draft: CompositionInput;
  maxDelegates: number;
  candidates: readonly DelegateCandidate[];
  label: ValueLabeler;
  onChange: (update: (d: CompositionInput) => CompositionInput) => void;
  onSave: () => void;
  saving: boolean;
  dirty: boolean;
  problems: readonly FieldProblem[];
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const setRule = (i: number, rule: Rule) =>
    onChange((d) => ({ ...d, rules: d.rules.map((r, j) => (j === i ? rule : r)) }));
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 620}
      title={E.title}
      closeButtonProps={{ 'aria-label': DEL.guest.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        <NumberInput
          label={E.seats[0]}
          description={`${E.seats[1]} ${E.seatsMax(maxDelegates)}`}
          value={draft.seats}
          onChange={(v) =>
            typeof v === 'number' && v >= 1 && onChange((d) => ({ ...d, seats: Math.round(v) }))
          }
          min={1}
          max={maxDelegates}
          allowDecimal={false}
          maw={260}
        />
        <Stack gap="sm" component="ol" p={0} m={0}>
          {draft.rules.map((rule, i) => (
            <RuleRow
              // biome-ignore lint/suspicious/noArrayIndexKey: a rule is its position in the list
              key={i}
              rule={rule}
              n={i + 1}
              candidates={candidates}
              label={label}
              onChange={(r) => setRule(i, r)}
              onRemove={() => onChange((d) => ({ ...d, rules: d.rules.filter((_, j) => j !== i) }))}
            />
          ))}
        </Stack>
        <Button
          variant="default"
          w="fit-content"
          onClick={() => {
            onChange((d) => ({ ...d, rules: [...d.rules, { column: 'field', each: true, min: 1 }] }));
            // Bring the new rule into view above the save bar, ready to be chosen.
            const n = draft.rules.length + 1;
            requestAnimationFrame(() => {
              const added = document.getElementById(`vd-rule-${n}`);
              added?.scrollIntoView({ block: 'center' });
            });
          }}
        >
          + {E.add}
        </Button>
        {problems.length > 0 && (
          <Alert color="red" variant="light" title={E.invalid} role="alert">
            <List size="sm" spacing={2}>
              {problems.map((p) => (
                <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Paper
          withBorder
          p="sm"
          pos="sticky"
          bottom={0}
          style={{ zIndex: 2 }}
          role="region"
          aria-label={E.title}
        >
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={dirty ? 700 : 400} c={dirty ? '#8a3b00' : 'teal.9'}>
              {dirty ? E.dirty : E.clean}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {DEL.guest.close}
              </Button>
              <Button onClick={onSave} loading={saving} disabled={!dirty}>
                {E.save}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </Drawer>
  );
}
