import {
  Alert,
  Drawer,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { formInForce } from '../../../../core/awards/catalogue.ts';
import type { ProposalInput, ProposalView } from '../../../../shared/api/award-proposals.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { reportSaveError } from '../../../components/save-error.ts';
import { DateField, TextField } from '../../plan-editor/fields.tsx';
import { AW } from '../labels.ts';
import { FormSelect, FormSummary } from '../shared/form-parts.tsx';
import { today, useCatalogue } from '../shared/use-catalogue.ts';
import type { AwardsConference } from './awards-tab.tsx';
import { SubjectPicker } from './subject-picker.tsx';
import { usePickable } from './use-pickable.ts';

const F = AW.proposalForm;

export type ProposalTarget = { mode: 'new' } | { mode: 'edit'; proposal: ProposalView } | null;

/** A new proposal, or a saved one to change, in a panel from the right (the whole screen on a phone). */
export function ProposalForm({
  conference,
  target,
  onClose,
  onSaved,
}: {
  conference: AwardsConference;
  target: ProposalTarget;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 900}
      title={target?.mode === 'edit' ? F.titleEdit : F.titleNew}
      closeButtonProps={{ 'aria-label': AW.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {target && (
        <ProposalFields
          key={target.mode === 'edit' ? target.proposal.id : 'new'}
          conference={conference}
          saved={target.mode === 'edit' ? target.proposal : null}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Drawer>
  );
}

function ProposalFields({
  conference,
  saved,
  onClose,
  onSaved,
}: {
  conference: AwardsConference;
  saved: ProposalView | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  const pickable = usePickable(conference.id, true);
  const [formCode, setFormCode] = useState<string | null>(saved?.formCode ?? null);
  const [year, setYear] = useState<number>(saved?.year ?? conference.year);
  const [title, setTitle] = useState(saved?.title ?? '');
  const [submissionNumber, setSubmissionNumber] = useState(saved?.submissionNumber ?? '');
  const [submissionDate, setSubmissionDate] = useState<string | null>(saved?.submissionDate ?? null);
  const [achievement, setAchievement] = useState(() => {
    const texts = new Set((saved?.items ?? []).map((i) => i.achievement));
    return texts.size === 1 ? [...texts][0] : '';
  });
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set((saved?.items ?? []).map((i) => i.nominationId).filter((id): id is string => id !== null)),
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [conflict, setConflict] = useState(false);

  const date = submissionDate ?? today();
  const forms = useMemo(() => {
    const codes = [...new Set(catalogue.current.map((f) => f.code))];
    return codes
      .map((code) => formInForce(catalogue.forms, code, date))
      .filter((f): f is NonNullable<typeof f> => f !== null);
  }, [catalogue.forms, catalogue.current, date]);
  const form = forms.find((f) => f.code === formCode) ?? null;
  const sourceOf = useMemo(() => {
    const m = new Map<string, 'delegate' | 'nomination'>();
    for (const p of pickable.delegates) m.set(p.id, 'delegate');
    for (const p of pickable.nominations) m.set(p.id, 'nomination');
    return m;
  }, [pickable.delegates, pickable.nominations]);

  const input: ProposalInput | null = formCode
    ? {
        formCode,
        year,
        title: title.trim(),
        submissionNumber: submissionNumber.trim(),
        submissionDate,
        items: [...selected]
          .filter((id) => sourceOf.has(id))
          .map((id) => ({
            source: sourceOf.get(id) ?? 'delegate',
            id,
            ...(achievement.trim() ? { achievement: achievement.trim() } : {}),
          })),
      }
    : null;
  const [checked] = useDebouncedValue(input, 400);
  const check = useQuery({
    queryKey: awardKeys.proposalCheck(conference.id, checked),
    queryFn: () => awardApi.checkProposal(conference.id, checked as ProposalInput),
    enabled: checked !== null && checked.items.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const problemsById = useMemo(
    () => new Map((check.data?.items ?? []).map((i) => [i.id, i.problems])),
    [check.data],
  );

  const save = useMutation({
    mutationFn: (body: ProposalInput) =>
      saved
        ? awardApi.updateProposal(saved.id, { ...body, version: saved.version })
        : awardApi.createProposal(conference.id, body),
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: awardKeys.proposals(conference.id) });
      queryClient.setQueryData(awardKeys.proposal(p.id), p);
      notifications.show({ color: 'teal', message: F.saved });
      onSaved(p.id);
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });

  const local: string[] = [];
  if (!formCode) local.push(F.needForm);
  if (selected.size === 0) local.push(F.needPeople);
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setProblems([]);
    if (local.length > 0 || !input) return;
    save.mutate(input);
  }

  if (!catalogue.ready || !pickable.ready)
    return (
      <QueryState
        isPending={!catalogue.error && !pickable.error}
        error={catalogue.error ?? pickable.error}
        onRetry={catalogue.retry}
      />
    );
  const shown = [...(attempted ? local : []), ...problems.map((p) => p.message)];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" pb="xl">
        <Text size="sm">{F.intro}</Text>
        {saved?.council && (
          <Alert color="orange" variant="light">
            {F.voteWarning}
          </Alert>
        )}
        <FormSelect
          forms={forms}
          salaries={catalogue.salaries}
          isoDate={date}
          label={F.form[0]}
          description={F.form[1]}
          placeholder={F.formPlaceholder}
          value={formCode}
          onChange={setFormCode}
          required
          error={attempted && !formCode ? F.needForm : undefined}
        />
        {form && <FormSummary form={form} salaries={catalogue.salaries} isoDate={date} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={F.year}
            value={year}
            onChange={(v) => typeof v === 'number' && setYear(v)}
            min={2000}
            max={2100}
            allowDecimal={false}
            required
          />
          <TextField text={F.submissionNumber} value={submissionNumber} onChange={setSubmissionNumber} />
          <DateField text={F.submissionDate} value={submissionDate} onChange={setSubmissionDate} />
        </SimpleGrid>
        <TextInput
          label={F.title[0]}
          description={F.title[1]}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          placeholder={form ? F.titleDefault(form.name, year) : undefined}
        />
        <Textarea
          label={(saved ? F.achievementEdit : F.achievement)[0]}
          description={(saved ? F.achievementEdit : F.achievement)[1]}
          value={achievement}
          onChange={(e) => setAchievement(e.currentTarget.value)}
          placeholder={F.achievementPlaceholder(year)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Stack gap={4} component="section" aria-labelledby="vd-aw-picker">
          <Text fw={700} id="vd-aw-picker">
            {F.people}
          </Text>
          <Text size="sm" c="gray.8">
            {F.peopleHint}
          </Text>
        </Stack>
        <SubjectPicker
          delegates={pickable.delegates}
          nominations={pickable.nominations}
          listNumber={pickable.listNumber}
          selected={selected}
          onChange={setSelected}
          problems={problemsById}
          checking={check.isFetching}
        />
        {shown.length > 0 && (
          <Alert color="red" variant="light" title={F.invalid} role="alert">
            <List size="sm">
              {shown.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <FormActions submitLabel={F.submit(selected.size)} pending={save.isPending} onCancel={onClose} />
      </Stack>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={async () => {
          setConflict(false);
          if (saved) await queryClient.invalidateQueries({ queryKey: awardKeys.proposal(saved.id) });
          onClose();
        }}
      />
    </form>
  );
}
