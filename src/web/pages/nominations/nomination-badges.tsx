import { Group, Text } from '@mantine/core';
import type { NominationState } from '../../../core/nominations/types.ts';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { Tag, type TagTone } from '../../components/tag.tsx';
import { NOM, STATE_TEXT } from './labels.ts';
import { shareLine } from './vote-text.ts';

const STATE_TONE: Record<NominationState, TagTone> = {
  draft: 'gray',
  submitted: 'gold',
  returned: 'orange',
  accepted: 'teal',
  council_approved: 'teal',
  council_rejected: 'brand',
};

export function StateBadge({ state }: { state: NominationState }) {
  return <Tag tone={STATE_TONE[state]}>{STATE_TEXT[state]}</Tag>;
}

/** "8/10 – 80,0%" and a mark saying whether it meets the threshold (words, not only a colour). */
export function VoteShare({ nomination: n }: { nomination: NominationRecord }) {
  if (!n.vote) {
    return (
      <Text size="sm" c="dimmed">
        {NOM.noVote}
      </Text>
    );
  }
  const passes = n.votePasses;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {shareLine(n.vote.inFavour, n.vote.present)}
      </Text>
      {passes !== null && (
        <Text size="sm" fw={700} c={passes ? 'teal.9' : 'red.9'} style={{ whiteSpace: 'nowrap' }}>
          {passes ? `✓ ${NOM.votePass}` : `✗ ${NOM.voteFail}`}
        </Text>
      )}
    </Group>
  );
}

/** Warns that the same person or collective seems to be nominated twice. */
export function DuplicateBadge({ nomination: n }: { nomination: NominationRecord }) {
  if (n.duplicateOf.length === 0) return null;
  const numbers = n.duplicateOf.map((d) => `số ${d.number}`).join(', ');
  return <Tag tone="orange">⚠ {NOM.duplicate(numbers)}</Tag>;
}

/** CCCD and phone on one small line under the name; masked ones say so. Nothing when neither is known. */
export function PersonalData({ nomination: n }: { nomination: NominationRecord }) {
  if (!n.citizenId && !n.phone) return null;
  const parts = [
    n.citizenId && `${NOM.citizenIdShort} ${n.citizenId}`,
    n.phone && `${NOM.phoneShort} ${n.phone}`,
  ];
  return (
    <Text size="sm" mt={4} pl={56} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {parts.filter(Boolean).join(' · ')}
      {n.personalMasked && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({NOM.masked})
        </Text>
      )}
    </Text>
  );
}
