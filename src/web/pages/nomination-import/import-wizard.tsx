import { Anchor, Button, FileInput, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../shared/api/nominations.ts';
import type { Unit } from '../../../shared/api/units.ts';
import { type ColumnMapping, nominationApi } from '../../api/nominations.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { COMMON } from '../../components/labels.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { nominationsKey } from '../nominations/use-transition.ts';
import { MappingStep, ResultStep } from './import-steps.tsx';
import { IMPORT } from './labels.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  conferenceId: string;
  unitChoices: readonly Unit[];
  defaultUnitId: string;
}

const STEPS = [IMPORT.steps.file, IMPORT.steps.mapping, IMPORT.steps.check, IMPORT.steps.done];

/**
 * Choose a file → check the proposed column mapping → "Kiểm tra" (a dry run listing every bad cell,
 * nothing imported) → "Nhập" (all rows or none).
 */
export function ImportWizard({ opened, onClose, conferenceId, unitChoices, defaultUnitId }: Props) {
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const chosenUnit = unitId ?? (defaultUnitId || null);

  const read = useMutation({
    mutationFn: (f: File) => nominationApi.importPreview(conferenceId, f),
    onSuccess: (p) => {
      setPreview(p);
      setMapping(p.mapping);
      setResult(null);
      setStep(1);
    },
  });
  const send = useMutation({
    mutationFn: (dryRun: boolean) =>
      nominationApi.import(conferenceId, { file: file as File, mapping, unitId: chosenUnit, dryRun }),
    onSuccess: (r) => {
      setResult(r);
      setStep(r.ok && !r.dryRun ? 3 : 2);
      // Not awaited: the wizard says "done" at once while the list reloads behind it.
      if (r.ok && !r.dryRun) void queryClient.invalidateQueries({ queryKey: nominationsKey(conferenceId) });
    },
  });

  function close() {
    setStep(0);
    setFile(null);
    setPreview(null);
    setResult(null);
    setFileProblem(null);
    read.reset();
    send.reset();
    onClose();
  }

  function readFile() {
    if (!file) return setFileProblem(IMPORT.fileMissing);
    if (!/\.xlsx$/i.test(file.name)) return setFileProblem(IMPORT.fileWrongType);
    setFileProblem(null);
    read.mutate(file);
  }

  // send.variables is the dry-run flag of the request under way.
  const busyText = read.isPending
    ? IMPORT.reading
    : send.isPending
      ? send.variables
        ? IMPORT.checking
        : IMPORT.importing
      : null;

  return (
    <Modal opened={opened} onClose={close} title={IMPORT.title} size="xl" fullScreen={isPhone}>
      <Stack gap="md">
        {isPhone ? (
          // Four steps do not fit across a phone: say where the user is in words.
          <Text fw={700}>{IMPORT.stepOf(step + 1, STEPS.length, STEPS[step][0])}</Text>
        ) : (
          <Stepper active={step === 3 ? STEPS.length : step} size="sm" allowNextStepsSelect={false}>
            {STEPS.map(([label]) => (
              <Stepper.Step key={label} label={label} />
            ))}
          </Stepper>
        )}
        <Progress
          value={step === 3 ? 100 : (100 * (step + (busyText ? 0.5 : 0))) / 3}
          animated={busyText !== null}
          striped={busyText !== null}
          aria-label={IMPORT.progressLabel}
        />
        <Text size="sm" role="status" mih={20}>
          {busyText ?? ''}
        </Text>
        {step === 0 && (
          <Stack gap="sm">
            <Text size="sm">{IMPORT.fileIntro}</Text>
            <Anchor href={nominationApi.templateUrl()} download size="sm" w="fit-content">
              {IMPORT.template}
            </Anchor>
            <FileInput
              label={IMPORT.file}
              placeholder={IMPORT.filePlaceholder}
              // Mantine's placeholder grey is below 4.5:1 on white.
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(f) => {
                setFile(f);
                setFileProblem(null);
              }}
              error={fileProblem}
              clearable
              required
            />
            {unitChoices.length > 1 && (
              <UnitSelect
                units={unitChoices}
                label={IMPORT.unit}
                description={IMPORT.unitHint}
                value={chosenUnit}
                onChange={setUnitId}
                clearable
                comboboxProps={{ withinPortal: true }}
              />
            )}
          </Stack>
        )}
        {step === 1 && preview && <MappingStep preview={preview} mapping={mapping} onChange={setMapping} />}
        {step >= 2 && result && <ResultStep result={result} />}
        <ApiErrorAlert error={read.error ?? send.error} title={IMPORT.importFailed} />
        <Group justify="flex-end" gap="xs">
          {step < 3 && (
            <Button variant="default" onClick={close}>
              {COMMON.cancel}
            </Button>
          )}
          {step === 0 && (
            <Button onClick={readFile} loading={read.isPending}>
              {IMPORT.next}
            </Button>
          )}
          {step === 1 && (
            <>
              <Button variant="default" onClick={() => setStep(0)}>
                {IMPORT.back}
              </Button>
              <Button onClick={() => send.mutate(true)} loading={send.isPending}>
                {IMPORT.check}
              </Button>
            </>
          )}
          {step === 2 && result && (
            <>
              <Button variant="default" onClick={() => setStep(result.ok ? 1 : 0)}>
                {result.ok ? IMPORT.back : IMPORT.chooseAgain}
              </Button>
              {result.ok && (
                <Button onClick={() => send.mutate(false)} loading={send.isPending}>
                  {IMPORT.import(result.imported)}
                </Button>
              )}
            </>
          )}
          {step === 3 && <Button onClick={close}>{IMPORT.close}</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
