import { Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import type { ReferenceLists } from '../../api/nominations.ts';
import { referenceLabel } from '../../components/reference-select.tsx';
import { NOM } from './labels.ts';
import { DuplicateBadge, PersonalData, StateBadge, VoteShare } from './nomination-badges.tsx';
import { ActionButtons, NameCell } from './nomination-row-parts.tsx';
import type { RowAction } from './row-actions.ts';

export interface NominationListProps {
  rows: NominationRecord[];
  reference: ReferenceLists | undefined;
  showUnits: boolean;
  actionsFor: (n: NominationRecord) => RowAction[];
  busyId: string | null;
  onOpen: (n: NominationRecord) => void;
  onAction: (n: NominationRecord, action: RowAction) => void;
  /** Set when rows can be chosen for a bulk action (submitted nominations, for the organiser). */
  selection?: {
    ids: Set<string>;
    selectable: (n: NominationRecord) => boolean;
    toggle: (ids: string[]) => void;
  };
}

/** A table on a laptop, cards on a phone; rows come sorted by given name from the server. */
export function NominationList(props: NominationListProps) {
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  return isPhone ? <NominationCards {...props} /> : <NominationTable {...props} />;
}

function NominationTable(props: NominationListProps) {
  const { rows, reference, showUnits, actionsFor, busyId, onOpen, onAction, selection } = props;
  const selectable = selection ? rows.filter(selection.selectable).map((n) => n.id) : [];
  const allChosen = selectable.length > 0 && selectable.every((id) => selection?.ids.has(id));
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={900}>
        <Table
          striped
          verticalSpacing="sm"
          aria-label={NOM.tableLabel}
          styles={{ td: { verticalAlign: 'top' } }}
        >
          <Table.Thead>
            <Table.Tr>
              {selection && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={NOM.selectAll}
                    checked={allChosen}
                    indeterminate={!allChosen && selectable.some((id) => selection.ids.has(id))}
                    disabled={selectable.length === 0}
                    onChange={() =>
                      selection.toggle(
                        allChosen ? selectable : selectable.filter((id) => !selection.ids.has(id)),
                      )
                    }
                  />
                </Table.Th>
              )}
              <Table.Th w={48}>{NOM.colNumber}</Table.Th>
              <Table.Th miw={240}>{NOM.colName}</Table.Th>
              {showUnits && <Table.Th miw={170}>{NOM.colUnit}</Table.Th>}
              <Table.Th w={140}>{NOM.colVote}</Table.Th>
              <Table.Th miw={120}>{NOM.colState}</Table.Th>
              <Table.Th w={190}>{NOM.colActions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((n) => (
              <Table.Tr key={n.id}>
                {selection && (
                  <Table.Td>
                    {selection.selectable(n) && (
                      <Checkbox
                        aria-label={NOM.selectRow(n.name)}
                        checked={selection.ids.has(n.id)}
                        onChange={() => selection.toggle([n.id])}
                      />
                    )}
                  </Table.Td>
                )}
                <Table.Td>{n.number}</Table.Td>
                <Table.Td>
                  <NameCell nomination={n} reference={reference} onOpen={() => onOpen(n)} />
                  <PersonalData nomination={n} />
                </Table.Td>
                {showUnits && (
                  <Table.Td>
                    <Text size="sm">{n.nominatingUnitName}</Text>
                    {n.fieldCode && (
                      <Text size="sm" c="dimmed">
                        {referenceLabel(reference?.field, n.fieldCode)}
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <VoteShare nomination={n} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <StateBadge state={n.state} />
                    <DuplicateBadge nomination={n} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ActionButtons
                    nomination={n}
                    actions={actionsFor(n)}
                    busy={busyId === n.id}
                    onAction={(a) => onAction(n, a)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function NominationCards(props: NominationListProps) {
  const { rows, reference, showUnits, actionsFor, busyId, onOpen, onAction, selection } = props;
  return (
    <Stack gap="sm" component="ul" aria-label={NOM.tableLabel} p={0} m={0}>
      {rows.map((n) => (
        <Paper key={n.id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <NameCell nomination={n} reference={reference} onOpen={() => onOpen(n)} />
              {selection?.selectable(n) && (
                <Checkbox
                  aria-label={NOM.selectRow(n.name)}
                  checked={selection.ids.has(n.id)}
                  onChange={() => selection.toggle([n.id])}
                />
              )}
            </Group>
            {showUnits && <Text size="sm">{n.nominatingUnitName}</Text>}
            <Group gap="xs">
              <StateBadge state={n.state} />
              <DuplicateBadge nomination={n} />
            </Group>
            <VoteShare nomination={n} />
            <PersonalData nomination={n} />
            <ActionButtons
              nomination={n}
              actions={actionsFor(n)}
              busy={busyId === n.id}
              onAction={(a) => onAction(n, a)}
            />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
