import { Box, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import type { AwardRecordImportResult } from '../../../../shared/api/award-records.ts';
import { awardApi } from '../../../api/awards.ts';
import { ImportModal } from '../../../components/import-modal.tsx';
import { AW } from '../labels.ts';
import { DownloadButtons } from '../shared/download-buttons.tsx';
import { RECORDS_KEY, useCatalogue } from '../shared/use-catalogue.ts';
import { HIS } from './labels.ts';

const I = HIS.importer;

function Preview({ result }: { result: AwardRecordImportResult }) {
  const catalogue = useCatalogue();
  const name = (code: string) => catalogue.current.find((f) => f.code === code)?.name ?? code;
  if (result.records.length === 0) return null;
  return (
    <Box mah={300} style={{ overflow: 'auto' }} tabIndex={0} component="section" aria-label={I.previewLabel}>
      <Table striped withTableBorder aria-label={I.previewLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{HIS.colYear}</Table.Th>
            <Table.Th>{HIS.colName}</Table.Th>
            <Table.Th>{HIS.colForm}</Table.Th>
            <Table.Th>{HIS.colDecision}</Table.Th>
            <Table.Th ta="right">{HIS.colAmount}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.records.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a file, in file order
            <Table.Tr key={i}>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>
                {r.name}{' '}
                <Text span size="xs" c="gray.8">
                  ({AW.kind[r.kind]})
                </Text>
              </Table.Td>
              <Table.Td>{name(r.formCode)}</Table.Td>
              <Table.Td>{r.decisionNumber}</Table.Td>
              <Table.Td ta="right">{r.amount === null ? '—' : formatDong(r.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** Template → choose a file → "Kiểm tra" (every bad cell named by row and column) → import all or none. */
export function RecordImport({
  unitId,
  opened,
  onClose,
}: {
  unitId: string;
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
        <DownloadButtons
          items={[
            {
              url: awardApi.recordTemplateUrl(unitId),
              label: I.template,
              aria: I.template,
              fileName: 'mau-lich-su-khen-thuong.xlsx',
            },
          ]}
        />
      }
      send={(file, dryRun) => awardApi.importRecords(unitId, file, dryRun)}
      onImported={() => void queryClient.invalidateQueries({ queryKey: RECORDS_KEY })}
      preview={(result) => <Preview result={result} />}
    />
  );
}
