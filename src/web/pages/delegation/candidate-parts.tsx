import { Anchor, Button, Group, Popover, Stack, Table, Text } from '@mantine/core';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import { Tag, type TagTone } from '../../components/tag.tsx';
import { DEL } from './labels.ts';
import { CATEGORY_LABELS } from './value-labels.ts';

const T = DEL.candidates;
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "72,5": points with a decimal comma. */
export function formatPoints(points: number): string {
  return numberFormat.format(points);
}

const CATEGORY_TONE: Record<DelegateCandidate['category'], TagTone> = {
  dien_hinh: 'brand',
  khach_moi: 'grape',
  lanh_dao: 'gold',
};

export function CategoryTag({ category }: { category: DelegateCandidate['category'] }) {
  return (
    <Tag tone={CATEGORY_TONE[category]} size="md">
      {CATEGORY_LABELS[category]}
    </Tag>
  );
}

function personDetails(p: { gender: DelegateCandidate['gender']; birthYear: number | null }): string {
  const parts: string[] = [];
  if (p.gender) parts.push(DEL.guest.genders[p.gender]);
  if (p.birthYear) parts.push(T.born(p.birthYear));
  return parts.join(' · ');
}

/** "Nữ · sinh 1985" for a person, "Tập thể" for a collective. */
export function describeCandidate(c: DelegateCandidate): string {
  if (c.kind === 'collective') return 'Tập thể';
  return personDetails(c);
}

/** "Đại diện: Lò Thị Mai · Nữ · sinh 1984" for a collective, or that it has named nobody. */
export function representativeLine(c: DelegateCandidate): string {
  const r = c.representative;
  return r ? DEL.representative.line(r.name, personDetails(r)) : DEL.representative.none;
}

/**
 * The name, its group and what the person does; a guest's name opens the form when allowed; a
 * collective shows who attends for it, with a button to change that when allowed.
 */
export function NameBlock({
  c,
  onEdit,
  onEditRepresentative,
}: {
  c: DelegateCandidate;
  onEdit?: () => void;
  onEditRepresentative?: () => void;
}) {
  const details = describeCandidate(c);
  return (
    <Stack gap={2} miw={0}>
      {onEdit ? (
        <Anchor
          component="button"
          type="button"
          fw={700}
          ta="left"
          onClick={onEdit}
          aria-label={T.editLabel(c.name)}
        >
          {c.name}
        </Anchor>
      ) : (
        <Text fw={700}>{c.name}</Text>
      )}
      <Group gap={6}>
        <CategoryTag category={c.category} />
        {details && <Text size="sm">{details}</Text>}
      </Group>
      {c.kind === 'collective' && (
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={500}>
            {representativeLine(c)}
          </Text>
          {onEditRepresentative && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={onEditRepresentative}
              aria-label={DEL.representative.editLabel(c.name)}
            >
              {DEL.representative.edit}
            </Anchor>
          )}
        </Group>
      )}
      {c.position && (
        <Text size="sm" c="dimmed" lineClamp={2}>
          {c.position}
        </Text>
      )}
    </Stack>
  );
}

/** The score; a click shows how it is made up ("Bằng khen: 20 điểm"). */
export function ScoreButton({ c, withLabel = false }: { c: DelegateCandidate; withLabel?: boolean }) {
  const score = formatPoints(c.score);
  return (
    <Popover position="bottom" withArrow shadow="md" width={300}>
      <Popover.Target>
        <Button
          variant="default"
          size="compact-sm"
          aria-label={T.scoreLabel(c.name, score)}
          style={{ flexShrink: 0 }}
        >
          {withLabel ? `${DEL.candidates.colScore}: ${score}` : score}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw="calc(100vw - 24px)">
        <Text fw={700} size="sm" mb={4}>
          {T.scoreTitle}
        </Text>
        <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={4}>
          <Table.Tbody>
            {c.scoreParts.map((p) => (
              <Table.Tr key={p.label}>
                <Table.Td>
                  <Text size="sm">{p.label}</Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{T.points(formatPoints(p.points))}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
              <Table.Td>
                <Text size="sm" fw={700}>
                  {T.scoreTotal}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={700}>
                  {T.points(score)}
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Popover.Dropdown>
    </Popover>
  );
}

export interface RowState {
  /** Null when there is neither a proposal nor an approved list to compare with. */
  selected: boolean | null;
  added: boolean;
  removed: boolean;
  locked: boolean;
  excluded: boolean;
  explanation: string | undefined;
}

/** In or out of the list shown, what changed, and why a higher scorer was left out. */
export function ResultCell({ state }: { state: RowState }) {
  if (state.selected === null && !state.locked && !state.excluded) return null;
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={4}>
        {state.selected !== null &&
          (state.selected ? <Tag tone="teal">✓ {T.in}</Tag> : <Tag tone="gray">{T.out}</Tag>)}
        {state.added && <Tag tone="gold">+ {T.added}</Tag>}
        {state.removed && <Tag tone="orange">− {T.removed}</Tag>}
        {state.locked && <Tag tone="teal">{T.locked}</Tag>}
        {state.excluded && <Tag tone="brand">{T.excluded}</Tag>}
      </Group>
      <ExplanationText text={state.explanation} />
    </Stack>
  );
}

/** Why a higher scorer was left out, in one sentence. */
export function ExplanationText({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <Text size="xs" c="#7a2c00" lh={1.35}>
      {text}
    </Text>
  );
}

/** "Giữ lại" and "Loại ra" as on/off buttons, named for the person ("Giữ lại: Nguyễn Văn A"). */
export function LockButtons({
  c,
  state,
  onLock,
  onExclude,
}: {
  c: DelegateCandidate;
  state: RowState;
  onLock: () => void;
  onExclude: () => void;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="compact-sm"
        variant={state.locked ? 'filled' : 'default'}
        color={state.locked ? 'teal.9' : undefined}
        aria-pressed={state.locked}
        aria-label={T.lockLabel(c.name)}
        onClick={onLock}
      >
        {state.locked ? `✓ ${T.lock}` : T.lock}
      </Button>
      <Button
        size="compact-sm"
        variant={state.excluded ? 'filled' : 'default'}
        color={state.excluded ? 'red.9' : undefined}
        aria-pressed={state.excluded}
        aria-label={T.excludeLabel(c.name)}
        onClick={onExclude}
      >
        {state.excluded ? `✕ ${T.exclude}` : T.exclude}
      </Button>
    </Group>
  );
}
