import { Button, FileInput, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ImportReport, type ImportReportLabels, type ImportResultBase } from './import-report.tsx';
import { COMMON } from './labels.ts';
import { type ImportStage, useImportFlow } from './use-import-flow.ts';

/** The words of an import dialog (each screen names what it imports). */
export interface ImportModalLabels extends ImportReportLabels {
  title: string;
  intro: string;
  file: string;
  filePlaceholder: string;
  /** The name of the file field's clear button. */
  clearFile?: string;
  fileMissing: string;
  fileWrongType: string;
  checking: string;
  importing: string;
  failed: string;
  close: string;
  check: string;
  submit: (count: number) => string;
}

/** The words of the steps of a dialog that maps columns before the check. */
export interface ImportStepLabels {
  /** Choose a file, map the columns, check, import. */
  steps: readonly [string, string, string, string];
  stepOf: (n: number, total: number, label: string) => string;
  progressLabel: string;
  /** The button that reads the file ("Đọc tệp"). */
  next: string;
  reading: string;
  back: string;
  /** After a check with errors: back to choosing the corrected file. */
  chooseAgain: string;
}

/** A column-mapping step between the file and the check: reads the file, then shows the mapping. */
export interface ImportMappingStep<P> {
  labels: ImportStepLabels;
  read: (file: File) => Promise<P>;
  render: (preview: P) => ReactNode;
}

const STEP_INDEX: Record<ImportStage, number> = { file: 0, mapping: 1, checked: 2, done: 3 };

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
            {isPhone ? (
              // Four steps do not fit across a phone: say where the user is in words.
              <Text fw={700}>{S.stepOf(step + 1, S.steps.length, S.steps[step])}</Text>
            ) : (
              <Stepper active={done ? S.steps.length : step} size="sm" allowNextStepsSelect={false}>
                {S.steps.map((label) => (
                  <Stepper.Step key={label} label={label} />
                ))}
              </Stepper>
            )}
            <Progress
              value={done ? 100 : (100 * (step + (busy ? 0.5 : 0))) / 3}
              animated={busy !== null}
              striped={busy !== null}
              aria-label={S.progressLabel}
            />
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
                <StepButtons flow={flow} labels={I} steps={S} />
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

/** The buttons of a dialog with a mapping step: read the file; back or check; back or import. */
function StepButtons<R extends ImportResultBase, P>({
  flow,
  labels: I,
  steps: S,
}: {
  flow: ReturnType<typeof useImportFlow<R, P>>;
  labels: ImportModalLabels;
  steps: ImportStepLabels;
}) {
  const { result } = flow;
  const sending = flow.sending !== null;
  if (flow.stage === 'file')
    return (
      <Button onClick={flow.readFile} loading={flow.reading}>
        {S.next}
      </Button>
    );
  if (flow.stage === 'mapping')
    return (
      <>
        <Button variant="default" onClick={() => flow.setStage('file')}>
          {S.back}
        </Button>
        <Button onClick={flow.check} loading={sending}>
          {I.check}
        </Button>
      </>
    );
  if (!result) return null;
  return (
    <>
      <Button variant="default" onClick={() => flow.setStage(result.ok ? 'mapping' : 'file')}>
        {result.ok ? S.back : S.chooseAgain}
      </Button>
      {result.ok && (
        <Button onClick={flow.importAll} loading={sending}>
          {I.submit(result.imported)}
        </Button>
      )}
    </>
  );
}
