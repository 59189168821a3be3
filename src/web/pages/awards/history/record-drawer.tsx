import {
  Alert,
  Button,
  Drawer,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formInForce } from '../../../../core/awards/catalogue.ts';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import {
  type AwardRecordInput,
  type AwardRecordView,
  awardRecordInputSchema,
} from '../../../../shared/api/award-records.ts';
import type { Unit } from '../../../../shared/api/units.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { useReferenceLists } from '../../../api/nominations.ts';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { LabelledSegments } from '../../../components/form/choice-fields.tsx';
import { AreaField, DateField, TextField } from '../../../components/form/fields.tsx';
import { checkWithSchema, problemsByPath } from '../../../components/form/validation.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { ReferenceSelect } from '../../../components/reference-select.tsx';
import { reportSaveError } from '../../../components/save-error.ts';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { AW } from '../labels.ts';
import { moneyPerSubject } from '../shared/award-math.ts';
import { FormSelect } from '../shared/form-parts.tsx';
import { today, useCatalogue } from '../shared/use-catalogue.ts';
import { HIS } from './labels.ts';

const R = HIS.record;
export type RecordTarget = { mode: 'new' } | { mode: 'edit'; record: AwardRecordView } | null;

type Draft = Omit<AwardRecordInput, 'formCode' | 'year'> & { formCode: string | null; year: number | '' };

const EMPTY: Draft = {
  kind: 'individual',
  name: '',
  birthYear: null,
  gender: null,
  ethnicCode: null,
  directWorker: false,
  position: '',
  unitId: null,
  unitName: '',
  formCode: null,
  year: new Date().getFullYear(),
  achievement: '',
  decisionNumber: '',
  decisionDate: null,
  issuer: '',
  amount: null,
};

function draftOf(r: AwardRecordView): Draft {
  const {
    id: _i,
    subjectKey: _k,
    source: _s,
    decisionId: _d,
    nominationId: _n,
    ownerUnitId: _o,
    ownerUnitName: _on,
    formName: _f,
    version: _v,
    createdAt: _c,
    ...input
  } = r;
  return input;
}

/** One award received, added or corrected by hand, in a panel from the right. */
export function RecordDrawer({
  target,
  ownerUnitId,
  unitChoices,
  onClose,
}: {
  target: RecordTarget;
  ownerUnitId: string;
  unitChoices: readonly Unit[];
  onClose: () => void;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 720}
      title={target?.mode === 'edit' ? R.titleEdit(target.record.name) : R.titleNew}
      closeButtonProps={{ 'aria-label': AW.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {target && (
        <RecordFields
          key={target.mode === 'edit' ? target.record.id : 'new'}
          saved={target.mode === 'edit' ? target.record : null}
          ownerUnitId={ownerUnitId}
          unitChoices={unitChoices}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function RecordFields({
  saved,
  ownerUnitId,
  unitChoices,
  onClose,
}: {
  saved: AwardRecordView | null;
  ownerUnitId: string;
  unitChoices: readonly Unit[];
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const reference = useReferenceLists().data;
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<Draft>(saved ? draftOf(saved) : EMPTY);
  const [owner, setOwner] = useState(saved?.ownerUnitId ?? ownerUnitId);
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const live = attempted ? checkWithSchema(awardRecordInputSchema, draft) : [];
  const shown = live.length > 0 ? live : serverProblems;
  const errors = problemsByPath(shown);

  const save = useMutation({
    mutationFn: (input: AwardRecordInput) =>
      saved
        ? awardApi.updateRecord(saved.id, { ...input, version: saved.version })
        : awardApi.createRecord({ ...input, ownerUnitId: owner }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: awardKeys.records });
      notifications.show({ color: 'teal', message: R.saved });
      onClose();
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setServerProblems }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setServerProblems([]);
    const parsed = awardRecordInputSchema.safeParse(draft);
    if (parsed.success) save.mutate(parsed.data);
  }

  const date = draft.decisionDate ?? (draft.year ? `${draft.year}-12-31` : today());
  const form = draft.formCode ? formInForce(catalogue.forms, draft.formCode, date) : null;
  const suggested = form ? moneyPerSubject(form, draft.kind, catalogue.salaries, date) : null;
  const individual = draft.kind === 'individual';
  const formChoices = catalogue.current;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" pb="xl">
        {!saved && unitChoices.length > 1 && (
          <UnitSelect
            units={unitChoices}
            label={R.owner[0]}
            description={R.owner[1]}
            value={owner}
            onChange={(v) => v && setOwner(v)}
            allowDeselect={false}
          />
        )}
        <LabelledSegments
          label={R.kind}
          value={draft.kind}
          data={[
            { value: 'individual', label: AW.kind.individual },
            { value: 'collective', label: AW.kind.collective },
          ]}
          onChange={(kind) => set({ kind: kind as Draft['kind'] })}
          readOnly={false}
        />
        <TextField
          text={R.name}
          value={draft.name}
          onChange={(v) => set({ name: v })}
          error={errors.name}
          required
        />
        {individual && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={R.birthYear[0]}
              description={R.birthYear[1]}
              value={draft.birthYear ?? ''}
              onChange={(v) => set({ birthYear: typeof v === 'number' ? v : null })}
              min={1900}
              max={2100}
              allowDecimal={false}
              error={errors.birthYear}
            />
            <LabelledSegments
              label={R.gender}
              value={draft.gender ?? 'none'}
              data={[
                { value: 'nam', label: R.genderOptions.nam },
                { value: 'nu', label: R.genderOptions.nu },
                { value: 'none', label: R.genderOptions.none },
              ]}
              onChange={(g) => set({ gender: g === 'none' ? null : (g as 'nam' | 'nu') })}
              readOnly={false}
            />
            <ReferenceSelect
              items={reference?.ethnic}
              label={R.ethnic[0]}
              description={R.ethnic[1]}
              value={draft.ethnicCode}
              onChange={(v) => set({ ethnicCode: v })}
              error={errors.ethnicCode}
            />
          </SimpleGrid>
        )}
        <Switch
          label={R.directWorker}
          checked={draft.directWorker}
          onChange={(e) => set({ directWorker: e.currentTarget.checked })}
        />
        <TextField
          text={R.position}
          value={draft.position}
          onChange={(v) => set({ position: v })}
          error={errors.position}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <UnitSelect
            units={unitChoices}
            label={R.unit[0]}
            description={R.unit[1]}
            value={draft.unitId}
            onChange={(v) =>
              set({
                unitId: v,
                unitName: v
                  ? (unitChoices.find((u) => u.id === v)?.fullName ?? draft.unitName)
                  : draft.unitName,
              })
            }
            clearable
          />
          <TextField
            text={R.unitName}
            value={draft.unitName}
            onChange={(v) => set({ unitName: v })}
            error={errors.unitName}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <FormSelect
            forms={formChoices}
            salaries={catalogue.salaries}
            isoDate={date}
            label={R.form[0]}
            description={R.form[1]}
            value={draft.formCode}
            onChange={(v) => set({ formCode: v })}
            error={errors.formCode}
            required
            style={{ gridColumn: 'span 2' }}
          />
          <NumberInput
            label={R.year[0]}
            value={draft.year}
            onChange={(v) => set({ year: typeof v === 'number' ? v : '' })}
            min={2000}
            max={2100}
            allowDecimal={false}
            error={errors.year}
            required
          />
        </SimpleGrid>
        <AreaField
          text={R.achievement}
          value={draft.achievement}
          onChange={(v) => set({ achievement: v })}
          error={errors.achievement}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField
            text={R.decisionNumber}
            value={draft.decisionNumber}
            onChange={(v) => set({ decisionNumber: v })}
            error={errors.decisionNumber}
          />
          <DateField
            text={R.decisionDate}
            value={draft.decisionDate}
            onChange={(v) => set({ decisionDate: v })}
            error={errors.decisionDate}
          />
        </SimpleGrid>
        <TextField
          text={R.issuer}
          value={draft.issuer}
          onChange={(v) => set({ issuer: v })}
          error={errors.issuer}
        />
        <NumberInput
          label={R.amount[0]}
          description={R.amount[1]}
          value={draft.amount ?? ''}
          onChange={(v) => set({ amount: typeof v === 'number' ? v : null })}
          thousandSeparator="."
          decimalSeparator=","
          suffix=" đ"
          allowDecimal={false}
          min={0}
          error={errors.amount}
        />
        {suggested !== null && suggested !== draft.amount && (
          <Group gap="xs">
            <Text size="sm">{R.suggested(formatDong(suggested))}</Text>
            <Button size="compact-sm" variant="default" onClick={() => set({ amount: suggested })}>
              {R.useSuggested}
            </Button>
          </Group>
        )}
        {shown.length > 0 && (
          <Alert color="red" variant="light" title={R.invalid} role="alert">
            <List size="sm">
              {shown.map((p) => (
                <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <FormActions submitLabel={R.submit} pending={save.isPending} onCancel={onClose} />
      </Stack>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={async () => {
          setConflict(false);
          await queryClient.invalidateQueries({ queryKey: awardKeys.records });
          onClose();
        }}
      />
    </form>
  );
}
