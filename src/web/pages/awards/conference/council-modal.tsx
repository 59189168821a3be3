import {
  Alert,
  Box,
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
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AwardVoteThreshold } from '../../../../core/awards/types.ts';
import type { ProposalView } from '../../../../shared/api/award-proposals.ts';
import { awardApi } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { DateField, TextField } from '../../../components/form/fields.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { reportSaveError } from '../../../components/save-error.ts';
import { Tag } from '../../../components/tag.tsx';
import { AW } from '../labels.ts';
import { linePasses, votersOf, votesNeeded } from '../shared/award-math.ts';
import { today } from '../shared/use-catalogue.ts';

const C = AW.council;

interface Meeting {
  meetingDate: string | null;
  location: string;
  chair: string;
  secretary: string;
  members: number | '';
  present: number | '';
  writtenVotes: number | '';
}

const num = (v: number | '') => (v === '' ? 0 : v);

/** "Ghi kết quả họp Hội đồng": the meeting, then each line's votes in favour with Đạt / Không đạt at once. */
export function CouncilModal({
  proposal,
  threshold,
  onClose,
  onSaved,
}: {
  proposal: ProposalView | null;
  threshold: AwardVoteThreshold | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  return (
    <Modal opened={proposal !== null} onClose={onClose} title={C.title} size="xl" fullScreen={isPhone}>
      {proposal && threshold && (
        <CouncilFields
          key={proposal.id}
          proposal={proposal}
          threshold={threshold}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function CouncilFields({
  proposal,
  threshold,
  onClose,
  onSaved,
}: {
  proposal: ProposalView;
  threshold: AwardVoteThreshold;
  onClose: () => void;
  onSaved: () => void;
}) {
  const saved = proposal.council;
  const [meeting, setMeeting] = useState<Meeting>({
    meetingDate: saved?.date ?? today(),
    location: saved?.location ?? '',
    chair: saved?.chair ?? '',
    secretary: saved?.secretary ?? '',
    members: saved?.members ?? '',
    present: saved?.present ?? '',
    writtenVotes: saved?.writtenVotes ?? 0,
  });
  const [votes, setVotes] = useState<Record<string, number | ''>>(() =>
    Object.fromEntries(proposal.items.map((i) => [i.id, i.inFavour ?? ''])),
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const set = (patch: Partial<Meeting>) => setMeeting((m) => ({ ...m, ...patch }));
  const counts = {
    members: num(meeting.members),
    present: num(meeting.present),
    writtenVotes: num(meeting.writtenVotes),
  };
  const voters = votersOf(counts);
  const needed = counts.members > 0 ? votesNeeded(counts, threshold) : null;

  const save = useMutation({
    mutationFn: () =>
      awardApi.recordCouncil(proposal.id, {
        version: proposal.version,
        council: {
          meetingDate: meeting.meetingDate ?? '',
          location: meeting.location.trim(),
          chair: meeting.chair.trim(),
          secretary: meeting.secretary.trim(),
          members: counts.members,
          present: counts.present,
          writtenVotes: counts.writtenVotes,
        },
        votes: proposal.items.map((i) => ({ itemId: i.id, inFavour: num(votes[i.id] ?? '') })),
      }),
    onSuccess: (p) => {
      notifications.show({
        color: 'teal',
        message: C.saved(p.items.filter((i) => i.passed).length, p.items.length),
      });
      onSaved();
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });

  const local: string[] = [];
  if (!meeting.meetingDate) local.push(C.needDate);
  if (counts.members < 1) local.push(C.needMembers);
  if (counts.present > counts.members) local.push(C.tooManyPresent(counts.members));
  else if (voters > counts.members) local.push(C.tooManyWritten(counts.members - counts.present));
  const missing = proposal.items.filter((i) => votes[i.id] === '' || votes[i.id] === undefined).length;
  if (missing > 0) local.push(C.missingVotes(missing));
  const over = proposal.items.filter((i) => num(votes[i.id] ?? '') > voters).length;
  if (over > 0) local.push(C.overVotes(over, voters));
  const [attempted, setAttempted] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setProblems([]);
    if (local.length === 0) save.mutate();
  }
  const passedNow = proposal.items.filter(
    (i) => votes[i.id] !== '' && linePasses(num(votes[i.id] ?? ''), counts, threshold),
  ).length;
  const shown = [...(attempted ? local : []), ...problems.map((p) => p.message)];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{C.intro}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            text={C.date}
            value={meeting.meetingDate}
            onChange={(v) => set({ meetingDate: v })}
            required
          />
          <TextField text={C.location} value={meeting.location} onChange={(v) => set({ location: v })} />
          <TextField text={C.chair} value={meeting.chair} onChange={(v) => set({ chair: v })} />
          <TextField text={C.secretary} value={meeting.secretary} onChange={(v) => set({ secretary: v })} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={C.members[0]}
            description={C.members[1]}
            value={meeting.members}
            onChange={(v) => set({ members: typeof v === 'number' ? v : '' })}
            min={1}
            max={1000}
            allowDecimal={false}
            required
          />
          <NumberInput
            label={C.present[0]}
            description={C.present[1]}
            value={meeting.present}
            onChange={(v) => set({ present: typeof v === 'number' ? v : '' })}
            min={0}
            max={1000}
            allowDecimal={false}
            required
          />
          <NumberInput
            label={C.written[0]}
            description={C.written[1]}
            value={meeting.writtenVotes}
            onChange={(v) => set({ writtenVotes: typeof v === 'number' ? v : '' })}
            min={0}
            max={1000}
            allowDecimal={false}
          />
        </SimpleGrid>
        <Paper withBorder p="sm" bg="gray.0">
          <Text size="sm">{C.rule(proposal.thresholdText)}</Text>
          <Text size="sm" fw={700} role="status">
            {counts.members < 1
              ? C.ruleWaiting
              : needed === null
                ? C.cannotPass(voters)
                : C.needed(needed, voters)}
          </Text>
        </Paper>
        <Group justify="space-between">
          <Text fw={700}>{C.votesTitle}</Text>
          <Button
            variant="default"
            size="compact-sm"
            disabled={voters === 0}
            onClick={() => setVotes(Object.fromEntries(proposal.items.map((i) => [i.id, voters])))}
          >
            {C.allInFavour(voters)}
          </Button>
        </Group>
        <Box mah={isPhoneHeight} style={{ overflow: 'auto' }}>
          <Table verticalSpacing={4} aria-label={C.votesTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>{AW.proposalView.colNumber}</Table.Th>
                <Table.Th>{AW.proposalView.colName}</Table.Th>
                <Table.Th w={130}>{C.inFavour}</Table.Th>
                <Table.Th w={110}>{AW.proposalView.colResult}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {proposal.items.map((item, i) => {
                const value = votes[item.id] ?? '';
                const passes = value !== '' && counts.members > 0 && linePasses(value, counts, threshold);
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.subject.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={C.inFavourOf(item.subject.name)}
                        value={value}
                        onChange={(v) =>
                          setVotes((all) => ({ ...all, [item.id]: typeof v === 'number' ? v : '' }))
                        }
                        min={0}
                        max={1000}
                        allowDecimal={false}
                        error={value !== '' && value > voters ? true : undefined}
                      />
                    </Table.Td>
                    <Table.Td>
                      {value === '' || counts.members < 1 ? (
                        <Text size="sm">—</Text>
                      ) : passes ? (
                        <Tag tone="teal">{C.pass}</Tag>
                      ) : (
                        <Tag tone="brand">{C.fail}</Tag>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Box>
        <Text size="sm" fw={600}>
          {C.summary(passedNow, proposal.items.length)}
        </Text>
        {shown.length > 0 && (
          <Alert color="red" variant="light" title={C.invalid} role="alert">
            <List size="sm">
              {shown.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <FormActions submitLabel={C.submit} pending={save.isPending} onCancel={onClose} />
      </Stack>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={() => {
          setConflict(false);
          onSaved();
        }}
      />
    </form>
  );
}

const isPhoneHeight = 420;
