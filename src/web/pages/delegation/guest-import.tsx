import { Anchor, Box, Table } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { delegateApi, type GuestImportResult } from '../../api/delegation.ts';
import { ImportModal } from '../../components/import-modal.tsx';
import { DEL } from './labels.ts';
import { delegationKey } from './use-delegation.ts';
import { CATEGORY_LABELS } from './value-labels.ts';

const I = DEL.import;

/** The guests a check read, so the official sees what will be imported before importing it. */
function Preview({ result }: { result: GuestImportResult }) {
  const guests = result.guests ?? [];
  if (guests.length === 0) return null;
  return (
    <Box mah={260} style={{ overflow: 'auto' }} tabIndex={0} aria-label={I.previewLabel} component="section">
      <Table striped withTableBorder aria-label={I.previewLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{DEL.candidates.colNumber}</Table.Th>
            <Table.Th>{DEL.guest.name[0]}</Table.Th>
            <Table.Th>{DEL.guest.category}</Table.Th>
            <Table.Th>{DEL.guest.position[0]}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {guests.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a file, in file order
            <Table.Tr key={i}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{g.name}</Table.Td>
              <Table.Td>{CATEGORY_LABELS[g.category]}</Table.Td>
              <Table.Td>{g.position}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** Template → choose a file → "Kiểm tra" (every bad cell named, nothing imported) → "Nhập" (all or none). */
export function GuestImport({
  conferenceId,
  opened,
  onClose,
}: {
  conferenceId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  return (
    <ImportModal
      opened={opened}
      onClose={onClose}
      labels={I}
      template={
        <Anchor href={delegateApi.guestTemplateUrl(conferenceId)} download size="sm" w="fit-content">
          {I.template}
        </Anchor>
      }
      send={(file, dryRun) => delegateApi.importGuests(conferenceId, file, dryRun)}
      onImported={() => void queryClient.invalidateQueries({ queryKey: delegationKey(conferenceId) })}
      preview={(result) => <Preview result={result} />}
    />
  );
}
