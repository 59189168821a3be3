import { Alert, Box, Button, FileInput, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { COMMON } from './labels.ts';

/** The words of an import dialog (each screen names what it imports). */
export interface ImportModalLabels {
  title: string;
  intro: string;
  file: string;
  filePlaceholder: string;
  clearFile: string;
  fileMissing: string;
  fileWrongType: string;
  checking: string;
  importing: string;
  failed: string;
  close: string;
  check: string;
  submit: (count: number) => string;
  checkOk: (count: number) => string;
  checkOkNote: string;
  done: (count: number) => string;
  checkBad: (count: number) => string;
  checkBadNote: string;
  errorsLabel: string;
  warnings: string;
}

interface ImportResultBase {
  ok: boolean;
  dryRun: boolean;
  imported: number;
  /** "Dòng N, cột X: …", one per bad cell. */
  errors: string[];
  warnings: string[];
}

/** The check's verdict, every bad cell, the warnings, and (after a clean check) what will be imported. */
function Report<R extends ImportResultBase>({
  result,
  labels: I,
  preview,
}: {
  result: R;
  labels: ImportModalLabels;
  preview: (result: R) => ReactNode;
}) {
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
      {result.ok && result.dryRun && preview(result)}
    </Stack>
  );
}

/**
 * Template → choose a file → "Kiểm tra" (every bad cell named by row and column, nothing imported) →
 * "Nhập" (all rows or none). `preview` shows what a clean check read; `onImported` runs after a real import.
 */
export function ImportModal<R extends ImportResultBase>({
  opened,
  onClose,
  labels: I,
  template,
  send: sendFile,
  onImported,
  preview,
}: {
  opened: boolean;
  onClose: () => void;
  labels: ImportModalLabels;
  template: ReactNode;
  send: (file: File, dryRun: boolean) => Promise<R>;
  onImported: () => void;
  preview: (result: R) => ReactNode;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const send = useMutation({
    mutationFn: (dryRun: boolean) => sendFile(file as File, dryRun),
    onSuccess: (r) => {
      setResult(r);
      if (r.ok && !r.dryRun) onImported();
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
        {template}
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
        {result && <Report result={result} labels={I} preview={preview} />}
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
