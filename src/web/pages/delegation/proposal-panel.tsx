import {
  Alert,
  Box,
  Button,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { relaxationText } from '../../../core/delegation/labels.ts';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import { sortByGivenName } from '../../../core/vietnamese/collate.ts';
import type { Proposal } from '../../../shared/api/delegation.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Tag } from '../../components/tag.tsx';
import { formatPoints } from './candidate-parts.tsx';
import { DEL } from './labels.ts';

const P = DEL.proposal;

function seconds(ms: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: ms < 100 ? 3 : 2 }).format(ms / 1000);
}

function NameList({
  title,
  ids,
  byId,
  tone,
}: {
  title: string;
  ids: readonly string[];
  byId: ReadonlyMap<string, DelegateCandidate>;
  tone: 'teal' | 'red';
}) {
  const names = sortByGivenName(
    ids.map((id) => byId.get(id)?.name ?? `(${P.gone})`),
    (n) => n,
  );
  return (
    <Box component="section" aria-label={title} mah={200} style={{ overflow: 'auto' }} tabIndex={0}>
      <Text fw={700} size="sm" c={tone === 'teal' ? 'teal.9' : 'red.9'}>
        {title}
      </Text>
      <List size="sm" spacing={0}>
        {names.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a name
          <List.Item key={`${n}-${i}`}>{n}</List.Item>
        ))}
      </List>
    </Box>
  );
}

/** "So với danh sách đang dùng": who the proposal adds and who it drops, by name. */
function Diff({
  proposal,
  byId,
  currentNumber,
}: {
  proposal: Proposal;
  byId: ReadonlyMap<string, DelegateCandidate>;
  currentNumber: number | null;
}) {
  const { added, removed } = proposal.diff;
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text fw={700} mb={4}>
        {P.diffTitle}
        {currentNumber !== null && ` (${DEL.history.number(currentNumber).toLocaleLowerCase('vi')})`}
      </Text>
      {currentNumber === null ? (
        <Text size="sm">{P.diffFirst}</Text>
      ) : added.length === 0 && removed.length === 0 ? (
        <Text size="sm">{P.diffSame}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NameList title={P.added(added.length)} ids={added} byId={byId} tone="teal" />
          <NameList title={P.removed(removed.length)} ids={removed} byId={byId} tone="red" />
        </SimpleGrid>
      )}
    </Paper>
  );
}

/**
 * The proposal: optimal or not, how long it took, the diff against the approved list, what to
 * loosen when the rules cannot all hold, and "Phê duyệt danh sách".
 */
export function ProposalPanel({
  proposal,
  seats,
  pending,
  current,
  error,
  byId,
  currentNumber,
  canEdit,
  onApprove,
}: {
  proposal: Proposal | null;
  seats: number;
  pending: boolean;
  /** The proposal was computed for the settings on screen; otherwise its "what to loosen" is hidden. */
  current: boolean;
  error: unknown;
  byId: ReadonlyMap<string, DelegateCandidate>;
  currentNumber: number | null;
  canEdit: boolean;
  onApprove: () => void;
}) {
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="vd-proposal-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id="vd-proposal-title">
            {P.title}
          </Title>
          {proposal && canEdit && (
            <Button onClick={onApprove} disabled={pending}>
              {DEL.approve}
            </Button>
          )}
        </Group>
        <Group gap="xs" role="status" mih={pending || proposal ? 28 : 0}>
          {pending && (
            <>
              <Loader size="sm" />
              <Text size="sm" fw={600}>
                {proposal ? P.stale : DEL.proposing}
              </Text>
            </>
          )}
          {!pending && proposal && (
            <>
              {proposal.status === 'optimal' ? (
                <Tag tone="teal">✓ {P.optimal}</Tag>
              ) : (
                <Tag tone="orange">⚠ {P.infeasible}</Tag>
              )}
              <Text size="sm">{P.took(seconds(proposal.ms))}</Text>
              <Text size="sm">
                · {P.chosen(proposal.selected.length, seats)} ·{' '}
                {P.objective(formatPoints(proposal.objective))}
              </Text>
            </>
          )}
        </Group>
        {!pending && proposal?.status === 'optimal' && (
          <Text size="sm" c="dimmed" mt={-8}>
            {P.optimalHint}
          </Text>
        )}
        <ApiErrorAlert error={error} />
        {!proposal && !pending && !error && <Text size="sm">{P.none}</Text>}
        {proposal && (
          <Stack gap="sm" aria-busy={pending}>
            {proposal.status === 'infeasible' && current && (
              <Alert
                color="orange"
                variant="light"
                title={P.infeasibleTitle}
                role="alert"
                styles={{ title: { color: '#7a2c00' } }}
              >
                <Text size="sm">{P.infeasibleIntro}</Text>
                <List size="sm" mt={4} spacing={2}>
                  {(proposal.relaxation ?? []).map((r) => (
                    <List.Item key={`${r.index}:${r.value}:${r.bound}`} fw={600}>
                      {relaxationText(r)}
                    </List.Item>
                  ))}
                </List>
                <Text size="sm" mt="xs">
                  {P.infeasibleList}
                </Text>
              </Alert>
            )}
            <Diff proposal={proposal} byId={byId} currentNumber={currentNumber} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
