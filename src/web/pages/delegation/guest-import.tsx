import {
  Alert,
  Anchor,
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
import { delegateApi, type GuestImportResult } from '../../api/delegates.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { COMMON } from '../../components/labels.ts';
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

function Report({ result }: { result: GuestImportResult }) {
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
          style={{ overflow: 'auto', border: '1px solid var(--mantine-color-red-3)', borderRadius: 4 }}
          p="sm"
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
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [result, setResult] = useState<GuestImportResult | null>(null);
  const send = useMutation({
    mutationFn: (dryRun: boolean) => delegateApi.importGuests(conferenceId, file as File, dryRun),
    onSuccess: (r) => {
      setResult(r);
      if (r.ok && !r.dryRun) void queryClient.invalidateQueries({ queryKey: delegationKey(conferenceId) });
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
        <Anchor href={delegateApi.guestTemplateUrl(conferenceId)} download size="sm" w="fit-content">
          {I.template}
        </Anchor>
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
