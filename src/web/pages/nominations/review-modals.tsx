import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { councilPasses } from '../../../core/nominations/rules.ts';
import type { NominationSettings } from '../../../core/nominations/types.ts';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { DateField, NumberField } from '../../components/form/fields.tsx';
import { COMMON } from '../../components/labels.ts';
import { NOM } from './labels.ts';
import type { TransitionInput } from './use-transition.ts';
import { VoteVerdict } from './vote-verdict.tsx';

interface ModalProps {
  nomination: NominationRecord | null;
  pending: boolean;
  onClose: () => void;
  onConfirm: (input: TransitionInput) => void;
}

/** "Trả lại": the reason is required, and the nominating unit sees it on its list. */
export function ReturnModal({ nomination, pending, onClose, onConfirm }: ModalProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!nomination) return;
    if (reason.trim() === '') return setMissing(true);
    onConfirm({ nomination, action: 'return', reason: reason.trim() });
  }
  return (
    <Modal
      opened={nomination !== null}
      onClose={onClose}
      title={nomination ? NOM.returnTitle(nomination.name) : ''}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={NOM.returnReason[0]}
            description={NOM.returnReason[1]}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? NOM.returnReasonRequired : undefined}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {COMMON.cancel}
            </Button>
            <Button type="submit" loading={pending}>
              {NOM.actions.return}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The council's vote: the share is computed as the numbers are typed, then approve or reject. */
export function CouncilModal({
  nomination,
  pending,
  settings,
  onClose,
  onConfirm,
}: ModalProps & { settings: NominationSettings }) {
  const [meetingDate, setMeetingDate] = useState<string | null>(nomination?.council?.meetingDate ?? null);
  const [members, setMembers] = useState(nomination?.council?.members ?? 0);
  const [present, setPresent] = useState(nomination?.council?.present ?? 0);
  const [inFavour, setInFavour] = useState(nomination?.council?.inFavour ?? 0);
  const [problem, setProblem] = useState<string | null>(null);
  const base = settings.council.base === 'members' ? members : present;
  // The server refuses a decision that contradicts the numbers, so only the matching one is offered.
  const passes =
    inFavour <= present && councilPasses({ meetingDate: '', members, present, inFavour }, settings.council);
  const counted = members > 0 && present > 0;

  function decide(action: 'council_approve' | 'council_reject') {
    if (!nomination) return;
    if (!meetingDate || members < 1 || present < 1) return setProblem(NOM.councilMissing);
    if (present > members) return setProblem(NOM.councilPresentTooMany);
    if (inFavour > present) return setProblem(NOM.councilInFavourTooMany);
    setProblem(null);
    onConfirm({ nomination, action, council: { meetingDate, members, present, inFavour } });
  }

  return (
    <Modal
      opened={nomination !== null}
      onClose={onClose}
      title={nomination ? NOM.councilTitle(nomination.name) : ''}
      centered
      size="lg"
    >
      <Stack>
        <Text size="sm">{NOM.councilIntro}</Text>
        <DateField text={NOM.councilDate} value={meetingDate} onChange={setMeetingDate} required />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberField text={NOM.councilMembers} value={members} onChange={setMembers} min={1} max={1000} />
          <NumberField text={NOM.councilPresent} value={present} onChange={setPresent} min={1} max={1000} />
          <NumberField
            text={NOM.councilInFavour}
            value={inFavour}
            onChange={setInFavour}
            min={0}
            max={1000}
          />
        </SimpleGrid>
        <VoteVerdict
          inFavour={inFavour}
          base={base}
          threshold={settings.council}
          baseLabel={NOM.councilBase[settings.council.base]}
        />
        {counted && <Text size="sm">{NOM.councilMismatch}</Text>}
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {COMMON.cancel}
          </Button>
          <Button
            variant="default"
            c={counted && passes ? undefined : 'red.9'}
            loading={pending}
            disabled={counted && passes}
            onClick={() => decide('council_reject')}
          >
            {NOM.councilReject}
          </Button>
          <Button loading={pending} disabled={counted && !passes} onClick={() => decide('council_approve')}>
            {NOM.councilApprove}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Asks before deleting a nomination for good. */
export function RemoveModal({
  nomination,
  pending,
  onClose,
  onConfirm,
}: {
  nomination: NominationRecord | null;
  pending: boolean;
  onClose: () => void;
  onConfirm: (n: NominationRecord) => void;
}) {
  return (
    <Modal opened={nomination !== null} onClose={onClose} title={NOM.removeTitle} centered>
      <Text>{nomination ? NOM.removeText(nomination.name) : ''}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {COMMON.cancel}
        </Button>
        <Button color="red.9" loading={pending} onClick={() => nomination && onConfirm(nomination)}>
          {NOM.actions.remove}
        </Button>
      </Group>
    </Modal>
  );
}
