import { Button, FileInput, Group, Modal, Progress, Stack, Text } from '@mantine/core';
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
}

interface ImportResultBase {
  ok: boolean;
  dryRun: boolean;
  imported: number;
}

/**
 * Template → choose a file → "Kiểm tra" (every bad cell named by row and column, nothing imported) →
 * "Nhập" (all rows or none). `report` draws the check's result; `onImported` runs after a real import.
 */
export function ImportModal<R extends ImportResultBase>({
  opened,
  onClose,
  labels: I,
  template,
  send: sendFile,
  onImported,
  report,
}: {
  opened: boolean;
  onClose: () => void;
  labels: ImportModalLabels;
  template: ReactNode;
  send: (file: File, dryRun: boolean) => Promise<R>;
  onImported: () => void;
  report: (result: R) => ReactNode;
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
        {result && report(result)}
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
