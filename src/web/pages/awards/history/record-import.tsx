import {
  Alert,
  Box,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  Progress,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import type { AwardRecordImportResult } from '../../../../shared/api/award-records.ts';
import { awardApi } from '../../../api/awards.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { COMMON } from '../../../components/labels.ts';
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

function Report({ result }: { result: AwardRecordImportResult }) {
  return (
    <Stack gap="sm">
      {result.ok ? (
        <Alert
          color="teal"
          variant="light"
          title={result.dryRun ? I.checkOk(result.imported) : I.done(result.imported)}
        >
          {result.dryRun ? I.checkOkNote : null}
        </Alert>
      ) : (
        <Alert color="red" variant="light" title={I.checkBad(result.errors.length)} role="alert">
          {I.checkBadNote}
        </Alert>
      )}
      {result.errors.length > 0 && (
        <Box
          component="section"
          aria-label={I.errorsLabel}
          mah={320}
          p="sm"
          style={{ overflow: 'auto', border: '1px solid var(--mantine-color-red-3)', borderRadius: 4 }}
          tabIndex={0}
        >
          <List size="sm" spacing={4} type="ordered">
            {result.errors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Box>
      )}
      {result.warnings.length > 0 && (
        <Box component="section" aria-label={I.warnings}>
          <Text fw={600} size="sm">
            {I.warnings}
          </Text>
          <List size="sm" spacing={4}>
            {result.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Box>
      )}
      {result.ok && result.dryRun && <Preview result={result} />}
    </Stack>
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
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [result, setResult] = useState<AwardRecordImportResult | null>(null);
  const send = useMutation({
    mutationFn: (dryRun: boolean) => awardApi.importRecords(unitId, file as File, dryRun),
    onSuccess: (r) => {
      setResult(r);
      if (r.ok && !r.dryRun) void queryClient.invalidateQueries({ queryKey: RECORDS_KEY });
    },
  });
  function close() {
    setFile(null);
    setResult(null);
    setFileProblem(null);
    send.reset();
    onClose();
  }
  function check() {
    if (!file) return setFileProblem(I.fileMissing);
    if (!/\.xlsx$/i.test(file.name)) return setFileProblem(I.fileWrongType);
    setFileProblem(null);
    send.mutate(true);
  }
  const done = result?.ok === true && !result.dryRun;
  const busy = send.isPending ? (send.variables ? I.checking : I.importing) : null;
  return (
    <Modal opened={opened} onClose={close} title={I.title} size="xl" fullScreen={isPhone}>
      <Stack gap="md">
        <Text size="sm">{I.intro}</Text>
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
        {!done && (
          <FileInput
            label={I.file}
            placeholder={I.filePlaceholder}
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => {
              setFile(f);
              setResult(null);
              setFileProblem(null);
            }}
            error={fileProblem}
            clearable
            clearButtonProps={{ 'aria-label': I.clearFile }}
            required
          />
        )}
        {busy && <Progress value={100} animated striped aria-label={busy} />}
        <Text size="sm" role="status" mih={20}>
          {busy ?? ''}
        </Text>
        {result && <Report result={result} />}
        <ApiErrorAlert error={send.error} title={I.failed} />
        <Group justify="flex-end" gap="xs">
          {done ? (
            <Button onClick={close}>{I.close}</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                {COMMON.cancel}
              </Button>
              <Button
                variant={result?.ok ? 'default' : 'filled'}
                onClick={check}
                loading={send.isPending && send.variables === true}
              >
                {I.check}
              </Button>
              {result?.ok && result.dryRun && (
                <Button
                  onClick={() => send.mutate(false)}
                  loading={send.isPending && send.variables === false}
                >
                  {I.submit(result.imported)}
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
