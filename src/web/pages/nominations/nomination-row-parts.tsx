import { Anchor, Avatar, Button, Group, Stack, Text } from '@mantine/core';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { nominationApi, type ReferenceLists } from '../../api/nominations.ts';
import { referenceLabel } from '../../components/reference-select.tsx';
import { NOM } from './labels.ts';
import type { RowAction } from './row-actions.ts';

/** "Cá nhân · Nữ · sinh 1985 · Kinh" or "Tập thể · 24 thành viên". */
export function describeNomination(n: NominationRecord, reference: ReferenceLists | undefined): string {
  const parts: string[] = [NOM.kind[n.kind]];
  if (n.kind === 'individual') {
    if (n.gender) parts.push(NOM.gender[n.gender]);
    if (n.birthYear) parts.push(NOM.born(n.birthYear));
    if (n.ethnicCode) parts.push(referenceLabel(reference?.ethnic, n.ethnicCode));
  } else if (n.memberCount) {
    parts.push(NOM.members(n.memberCount));
  }
  return parts.join(' · ');
}

/** The letter shown without a photo: the given name's for a person, the name's first for a collective. */
function initial(n: NominationRecord): string {
  const words = n.name.trim().split(/\s+/);
  const word = n.kind === 'individual' ? words[words.length - 1] : words[0];
  return (word ?? '').charAt(0).toLocaleUpperCase('vi');
}

/** The name (opens the nomination), what it is, where the person works, and a returned reason. */
export function NameCell({
  nomination: n,
  reference,
  onOpen,
}: {
  nomination: NominationRecord;
  reference: ReferenceLists | undefined;
  onOpen: () => void;
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Avatar
        src={n.photoFileId ? nominationApi.fileUrl(n.photoFileId) : null}
        alt=""
        radius="sm"
        size={44}
        color="brand"
      >
        {initial(n)}
      </Avatar>
      <Stack gap={2} miw={0}>
        <Anchor component="button" type="button" fw={700} ta="left" onClick={onOpen}>
          {n.name}
        </Anchor>
        <Text size="sm">{describeNomination(n, reference)}</Text>
        {n.position && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {n.position}
          </Text>
        )}
        {n.state === 'returned' && n.returnReason && (
          <Text size="sm" c="#7a2c00" fw={600}>
            {NOM.returnedBy}: {n.returnReason}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

const ACTION_LABEL: Record<RowAction, string> = NOM.actions;
/** Actions that move a nomination forward stand out; undoing and deleting do not. */
const PRIMARY = new Set<RowAction>(['submit', 'accept', 'council']);

/** The row's buttons; each names its nomination for screen readers ("Gửi: Nguyễn Văn A"). */
export function ActionButtons({
  nomination: n,
  actions,
  busy,
  onAction,
}: {
  nomination: NominationRecord;
  actions: RowAction[];
  busy: boolean;
  onAction: (action: RowAction) => void;
}) {
  if (actions.length === 0) return null;
  return (
    <Group gap={6}>
      {actions.map((a, i) => (
        <Button
          key={a}
          size="xs"
          variant={i === 0 && PRIMARY.has(a) ? 'filled' : 'default'}
          c={a === 'remove' ? 'red.9' : undefined}
          loading={busy && i === 0}
          disabled={busy}
          onClick={() => onAction(a)}
          aria-label={`${ACTION_LABEL[a]}: ${n.name}`}
        >
          {ACTION_LABEL[a]}
        </Button>
      ))}
    </Group>
  );
}
