import { Button, Progress, Stepper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ImportModalLabels, ImportStepLabels } from './import-labels.ts';
import type { ImportResultBase } from './import-report.tsx';
import type { ImportStage, useImportFlow } from './use-import-flow.ts';

/** A column-mapping step between the file and the check: reads the file, then shows the mapping. */
export interface ImportMappingStep<P> {
  labels: ImportStepLabels;
  read: (file: File) => Promise<P>;
  render: (preview: P) => ReactNode;
}

/** The step of each stage: choose, map, check, import. */
export const STEP_INDEX: Record<ImportStage, number> = { file: 0, mapping: 1, checked: 2, done: 3 };

/** Where the user is: the steps across the dialog (in words on a phone) and the progress bar. */
export function ImportStepHeader({
  steps: S,
  step,
  done,
  busy,
  isPhone,
}: {
  steps: ImportStepLabels;
  step: number;
  done: boolean;
  busy: boolean;
  isPhone: boolean;
}) {
  return (
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
        animated={busy}
        striped={busy}
        aria-label={S.progressLabel}
      />
    </>
  );
}

/** The buttons of a dialog with a mapping step: read the file; back or check; back or import. */
export function ImportStepButtons<R extends ImportResultBase, P>({
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
