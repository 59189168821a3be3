import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { GrassrootsVote, VoteThreshold } from '../../../../core/nominations/types.ts';
import { OptionalNumber } from '../../../components/form/choice-fields.tsx';
import { DateField } from '../../../components/form/fields.tsx';
import { VoteVerdict } from '../vote-verdict.tsx';
import type { SectionProps } from './identity-fields.tsx';
import { FORM } from './labels.ts';

const NO_VOTE: GrassrootsVote = { meetingDate: '', present: 0, inFavour: 0, minutesFileId: null };

/**
 * The grassroots vote: date, people present, votes in favour, and the share computed as they type
 * with the conference's threshold. Leaving all three empty means "no vote yet".
 */
export function VoteFields({
  draft,
  set,
  errors,
  readOnly,
  threshold,
}: SectionProps & { threshold: VoteThreshold }) {
  const vote = draft.vote ?? NO_VOTE;
  const setVote = (patch: Partial<GrassrootsVote>) => {
    const next = { ...vote, ...patch };
    const empty = !next.meetingDate && !next.present && !next.inFavour && !next.minutesFileId;
    set({ vote: empty ? null : next });
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{FORM.voteIntro}</Text>
      <DateField
        text={FORM.meetingDate}
        value={vote.meetingDate || null}
        onChange={(meetingDate) => setVote({ meetingDate: meetingDate ?? '' })}
        error={errors['vote.meetingDate'] ?? errors.vote}
        readOnly={readOnly}
      />
      <SimpleGrid cols={2}>
        <OptionalNumber
          text={FORM.present}
          value={vote.present || null}
          onChange={(present) => setVote({ present: present ?? 0 })}
          min={1}
          error={errors['vote.present']}
          readOnly={readOnly}
        />
        <OptionalNumber
          text={FORM.inFavour}
          value={draft.vote ? vote.inFavour : null}
          onChange={(inFavour) => setVote({ inFavour: inFavour ?? 0 })}
          min={0}
          error={errors['vote.inFavour']}
          readOnly={readOnly}
        />
      </SimpleGrid>
      {vote.present > 0 && (
        <VoteVerdict
          inFavour={vote.inFavour}
          base={vote.present}
          threshold={threshold}
          baseLabel={FORM.voteBase}
        />
      )}
    </Stack>
  );
}
