import { Button, FileInput, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert.tsx';
import type { ImportModalLabels } from './import-labels.ts';
import { ImportReport, type ImportResultBase } from './import-report.tsx';
import { type ImportMappingStep, ImportStepButtons, ImportStepHeader, STEP_INDEX } from './import-steps.tsx';
import { COMMON } from './labels.ts';
import { useImportFlow } from './use-import-flow.ts';

/**
 * The one import dialog of the app. Template → choose a file → (map its columns) → "Kiểm tra" (every bad
 * cell named by row and column, nothing imported) → "Nhập" (all rows or none). `preview` shows what a
 * clean check read; `fields` go under the file; `onImported` runs after a real import.
 */
export function ImportModal<R extends ImportResultBase, P = never>({
  opened,
  onClose,
  labels: I,
  template,
  fields,
  send,
  onImported,
  preview,
  mapping,
}: {
  opened: boolean;
  onClose: () => void;
  labels: ImportModalLabels;
  template: ReactNode;
  fields?: ReactNode;
  send: (file: File, dryRun: boolean) => Promise<R>;
  onImported: () => void;
  preview?: (result: R) => ReactNode;
  mapping?: ImportMappingStep<P>;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const flow = useImportFlow<R, P>({ send, read: mapping?.read, onImported, messages: I });
  const S = mapping?.labels;
  const step = STEP_INDEX[flow.stage];
  const { result } = flow;
  const done = result?.ok === true && !result.dryRun;
  const busy = flow.reading
    ? (S?.reading ?? null)
    : flow.sending === true
      ? I.checking
      : flow.sending === false
        ? I.importing
        : null;

  function close() {
    flow.reset();
    onClose();
  }

  const fileInput = (
    <FileInput
      label={I.file}
      placeholder={I.filePlaceholder}
      // Mantine's placeholder grey is below 4.5:1 on white.
      styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      value={flow.file}
      onChange={flow.chooseFile}
      error={flow.fileProblem}
      clearable
      clearButtonProps={I.clearFile ? { 'aria-label': I.clearFile } : undefined}
      required
    />
  );
  const status = (
    <Text size="sm" role="status" mih={20}>
      {busy ?? ''}
    </Text>
  );

  return (
    <Modal opened={opened} onClose={close} title={I.title} size="xl" fullScreen={isPhone}>
      <Stack gap="md">
        {S ? (
          <>
            <ImportStepHeader steps={S} step={step} done={done} busy={busy !== null} isPhone={isPhone} />
            {status}
            {flow.stage === 'file' && (
              <Stack gap="sm">
                <Text size="sm">{I.intro}</Text>
                {template}
                {fileInput}
                {fields}
              </Stack>
            )}
            {flow.stage === 'mapping' && flow.preview !== null && mapping?.render(flow.preview)}
            {step >= 2 && result && <ImportReport result={result} labels={I} />}
          </>
        ) : (
          <>
            <Text size="sm">{I.intro}</Text>
            {template}
            {!done && fileInput}
            {fields}
            {busy && <Progress value={100} animated striped aria-label={busy} />}
            {status}
            {result && <ImportReport result={result} labels={I} preview={preview} />}
          </>
        )}
        <ApiErrorAlert error={flow.error} title={I.failed} />
        <Group justify="flex-end" gap="xs">
          {done ? (
            <Button onClick={close}>{I.close}</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                {COMMON.cancel}
              </Button>
              {S ? (
                <ImportStepButtons flow={flow} labels={I} steps={S} />
              ) : (
                <>
                  <Button
                    variant={result?.ok ? 'default' : 'filled'}
                    onClick={flow.check}
                    loading={flow.sending === true}
                  >
                    {I.check}
                  </Button>
                  {result?.ok && result.dryRun && (
                    <Button onClick={flow.importAll} loading={flow.sending === false}>
                      {I.submit(result.imported)}
                    </Button>
                  )}
                </>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
