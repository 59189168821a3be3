import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import type { DecisionView, UnverifiedValueView } from '../../../../shared/api/award-decisions.ts';
import { formatDateTime } from '../../../components/format.ts';
import { AW } from '../labels.ts';
import { pendingUnverified, unverifiedState } from './unverified-values.ts';

const E = AW.decision;

/** The warning of a decision that uses values marked "cần kiểm tra": to confirm, confirmed, or never confirmed. */
export function UnverifiedNotice({ decision }: { decision: DecisionView }) {
  const state = unverifiedState(decision);
  if (state === 'none') return null;
  if (state === 'confirmed') {
    const c = decision.unverifiedConfirmation;
    return (
      <Alert
        color="blue"
        variant="light"
        title={E.unverifiedConfirmedTitle}
        aria-label={E.unverifiedConfirmedTitle}
      >
        <List size="sm">
          {decision.unverified.map((v) => (
            <List.Item key={v.key}>{v.label}</List.Item>
          ))}
        </List>
        {c && (
          <Text size="sm" mt="xs">
            {E.unverifiedConfirmedBy(c.confirmedByName, formatDateTime(c.confirmedAt))}
          </Text>
        )}
      </Alert>
    );
  }
  const values = pendingUnverified(decision);
  const title = state === 'pending' ? E.unverifiedPendingTitle : E.unverifiedOldTitle;
  return (
    <Alert
      color="orange"
      variant="light"
      title={title}
      role="alert"
      aria-label={title}
      styles={{ title: { color: '#8a3b00' } }}
    >
      <List size="sm">
        {values.map((v) => (
          <List.Item key={v.key}>{v.text}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {state === 'pending' ? E.unverifiedPendingText : E.unverifiedOldText}
      </Text>
    </Alert>
  );
}

/** In the approval dialog: one box per unverified value, each to tick after checking it. */
export function UnverifiedConfirmations({
  values,
  ticked,
  onChange,
}: {
  values: readonly UnverifiedValueView[];
  ticked: readonly string[];
  onChange: (ticked: string[]) => void;
}) {
  if (values.length === 0) return null;
  const left = values.filter((v) => !ticked.includes(v.key)).length;
  return (
    <Stack gap="xs" p="sm" bg="orange.0" style={{ borderRadius: 4 }}>
      <Text fw={700}>{E.approveUnverifiedTitle}</Text>
      <Text size="sm">{E.approveUnverifiedText}</Text>
      {values.map((v) => (
        <Checkbox
          key={v.key}
          label={E.approveUnverifiedCheck(v.label)}
          description={
            v.kind === 'legal-basis'
              ? E.approveUnverifiedSource(v.legalBasis)
              : E.approveUnverifiedBasis(v.legalBasis)
          }
          checked={ticked.includes(v.key)}
          onChange={(e) =>
            onChange(e.currentTarget.checked ? [...ticked, v.key] : ticked.filter((k) => k !== v.key))
          }
        />
      ))}
      {left > 0 && (
        <Text size="sm" fw={700} c="#8a3b00" role="status">
          {E.approveUnverifiedLeft(left)}
        </Text>
      )}
    </Stack>
  );
}
