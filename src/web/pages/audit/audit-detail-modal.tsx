import { Modal, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../shared/api/audit.ts';
import { formatDateTime } from '../../components/format.ts';
import { actionLabel, diffRows } from './audit-diff.ts';
import { AUDIT } from './labels.ts';

/** Before and after of one audit entry, one changed field per row. */
export function AuditDetailModal({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const rows = entry ? diffRows(entry.before, entry.after) : [];
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      size="xl"
      title={
        entry
          ? `${actionLabel(entry.action)} — ${formatDateTime(entry.at)} — ${entry.username || AUDIT.system}`
          : ''
      }
    >
      {rows.length === 0 ? (
        <Text>{AUDIT.diffNone}</Text>
      ) : (
        <Table
          withTableBorder
          withColumnBorders
          layout="fixed"
          aria-label={AUDIT.diffTableLabel}
          verticalSpacing="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">{AUDIT.diffField}</Table.Th>
              <Table.Th>{AUDIT.diffBefore}</Table.Th>
              <Table.Th>{AUDIT.diffAfter}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.path}>
                <Table.Td fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {r.label}
                </Table.Td>
                <Table.Td bg="red.0" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {r.before === null || r.before === '' ? (
                    <Text span c="dimmed">
                      {AUDIT.empty_value}
                    </Text>
                  ) : (
                    r.before
                  )}
                </Table.Td>
                <Table.Td bg="green.0" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {r.after === null || r.after === '' ? (
                    <Text span c="dimmed">
                      {AUDIT.empty_value}
                    </Text>
                  ) : (
                    r.after
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
