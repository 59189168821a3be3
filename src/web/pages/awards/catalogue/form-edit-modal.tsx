import {
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { AWARD_LEVEL_LABELS } from '../../../../core/awards/catalogue.ts';
import { AWARD_FORM_LEVELS, AWARD_RECIPIENTS } from '../../../../core/awards/types.ts';
import {
  type AwardFormRecord,
  type UpdateAwardFormBody,
  updateAwardFormBodySchema,
} from '../../../../shared/api/awards-catalogue.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { AreaField, DateField, TextField } from '../../../components/form/fields.tsx';
import { checkWithSchema, problemsByPath } from '../../../components/form/validation.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { reportSaveError } from '../../../components/save-error.ts';
import { CAT } from './labels.ts';

const E = CAT.editor;
type Draft = Omit<UpdateAwardFormBody, 'effectiveFrom'> & { effectiveFrom: string | null };

function draftOf(f: AwardFormRecord): Draft {
  const { code: _c, updatedAt: _u, ...rest } = f;
  return {
    ...rest,
    recipients: [...rest.recipients],
    requiresSameYear: [...rest.requiresSameYear],
    threshold: { ...rest.threshold },
  };
}

/** One title or form in a dialog: every value the law sets, with its validity and the vote it needs. */
export function FormEditModal({
  form,
  all,
  onClose,
}: {
  form: AwardFormRecord | null;
  all: readonly AwardFormRecord[];
  onClose: () => void;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  return (
    <Modal
      opened={form !== null}
      onClose={onClose}
      title={form ? E.title(form.name) : ''}
      size="xl"
      fullScreen={isPhone}
    >
      {form && (
        <FormFields key={`${form.code}@${form.effectiveFrom}`} form={form} all={all} onClose={onClose} />
      )}
    </Modal>
  );
}

function FormFields({
  form,
  all,
  onClose,
}: {
  form: AwardFormRecord;
  all: readonly AwardFormRecord[];
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(form));
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const recipientsId = useId();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const live = attempted ? checkWithSchema(updateAwardFormBodySchema, draft) : [];
  const errors = problemsByPath(live.length > 0 ? live : serverProblems);
  const save = useMutation({
    mutationFn: (body: UpdateAwardFormBody) => awardApi.updateForm(form.code, form.effectiveFrom, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: awardKeys.forms });
      notifications.show({ color: 'teal', message: E.saved });
      onClose();
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setServerProblems }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setServerProblems([]);
    const parsed = updateAwardFormBodySchema.safeParse(draft);
    if (parsed.success) save.mutate(parsed.data);
  }
  const codes = [...new Map(all.filter((f) => f.code !== form.code).map((f) => [f.code, f.name]))].map(
    ([value, label]) => ({
      value,
      label,
    }),
  );
  const coefficient = (
    key: 'coefficientIndividual' | 'coefficientCollective',
    text: readonly [string, string],
  ) => (
    <NumberInput
      label={text[0]}
      description={text[1]}
      value={draft[key] ?? ''}
      onChange={(v) => set({ [key]: typeof v === 'number' ? v : null })}
      decimalSeparator=","
      decimalScale={3}
      min={0}
      max={100}
      error={errors[key]}
    />
  );
  const general = serverProblems.filter((p) => !p.path);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{E.intro}</Text>
        <TextField
          text={E.name}
          value={draft.name}
          onChange={(v) => set({ name: v })}
          error={errors.name}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {E.category}
            </Text>
            <SegmentedControl
              aria-label={E.category}
              value={draft.category}
              onChange={(v) => set({ category: v as Draft['category'] })}
              data={[
                { value: 'title', label: CAT.category.title },
                { value: 'form', label: CAT.category.form },
              ]}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {E.level}
            </Text>
            <SegmentedControl
              aria-label={E.level}
              value={draft.level}
              onChange={(v) => set({ level: v as Draft['level'] })}
              data={AWARD_FORM_LEVELS.map((l) => ({
                value: l,
                label: AWARD_LEVEL_LABELS[l].replace('Khen thưởng cấp ', ''),
              }))}
            />
          </Stack>
        </SimpleGrid>
        <Checkbox.Group
          id={recipientsId}
          label={E.recipients}
          value={draft.recipients}
          onChange={(v) => set({ recipients: v as Draft['recipients'] })}
          error={errors.recipients}
        >
          <Group gap="md" mt={4}>
            {AWARD_RECIPIENTS.map((r) => (
              <Checkbox key={r} value={r} label={CAT.recipients[r]} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextField
          text={E.authority}
          value={draft.authority}
          onChange={(v) => set({ authority: v })}
          error={errors.authority}
        />
        <Switch
          label={E.commune}
          description={E.communeHint}
          checked={draft.conferredByCommune}
          onChange={(e) => set({ conferredByCommune: e.currentTarget.checked })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {coefficient('coefficientIndividual', E.coefficientIndividual)}
          {coefficient('coefficientCollective', E.coefficientCollective)}
        </SimpleGrid>
        <TextField
          text={E.comesWith}
          value={draft.comesWith}
          onChange={(v) => set({ comesWith: v })}
          error={errors.comesWith}
        />
        <AreaField
          text={E.legalBasis}
          value={draft.legalBasis}
          onChange={(v) => set({ legalBasis: v })}
          error={errors.legalBasis}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            text={E.effectiveFrom}
            value={draft.effectiveFrom}
            onChange={(v) => set({ effectiveFrom: v })}
            error={errors.effectiveFrom}
            required
          />
          <DateField
            text={E.effectiveTo}
            value={draft.effectiveTo}
            onChange={(v) => set({ effectiveTo: v })}
            error={errors.effectiveTo}
          />
        </SimpleGrid>
        <Switch
          label={E.verified}
          description={E.verifiedHint}
          checked={draft.verified}
          onChange={(e) => set({ verified: e.currentTarget.checked })}
        />
        <MultiSelect
          label={E.requires[0]}
          description={E.requires[1]}
          data={codes}
          value={draft.requiresSameYear}
          onChange={(v) => set({ requiresSameYear: v })}
          searchable
          clearable
          error={errors.requiresSameYear}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={E.thresholdShare[0]}
            value={Math.round(draft.threshold.share * 10000) / 100}
            onChange={(v) =>
              typeof v === 'number' && set({ threshold: { ...draft.threshold, share: v / 100 } })
            }
            min={1}
            max={100}
            decimalSeparator=","
            decimalScale={2}
            suffix="%"
            error={errors['threshold.share']}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {E.thresholdStrict}
            </Text>
            <SegmentedControl
              aria-label={E.thresholdStrict}
              value={draft.threshold.strict ? 'yes' : 'no'}
              onChange={(v) => set({ threshold: { ...draft.threshold, strict: v === 'yes' } })}
              data={[
                { value: 'yes', label: E.strictYes },
                { value: 'no', label: E.strictNo },
              ]}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {E.thresholdBase}
            </Text>
            <SegmentedControl
              aria-label={E.thresholdBase}
              value={draft.threshold.base}
              onChange={(v) => set({ threshold: { ...draft.threshold, base: v as 'members' | 'present' } })}
              data={[
                { value: 'members', label: E.baseMembers },
                { value: 'present', label: E.basePresent },
              ]}
              styles={{ label: { whiteSpace: 'normal' } }}
            />
          </Stack>
        </SimpleGrid>
        <NumberInput
          label={E.sortOrder[0]}
          value={draft.sortOrder}
          onChange={(v) => typeof v === 'number' && set({ sortOrder: v })}
          min={0}
          max={100000}
          allowDecimal={false}
          w={200}
        />
        {general.length > 0 && (
          <ApiErrorAlert error={new Error(general.map((p) => p.message).join(' '))} title={E.invalid} />
        )}
        <FormActions submitLabel={E.submit} pending={save.isPending} onCancel={onClose} />
      </Stack>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={async () => {
          setConflict(false);
          await queryClient.invalidateQueries({ queryKey: awardKeys.forms });
          onClose();
        }}
      />
    </form>
  );
}
