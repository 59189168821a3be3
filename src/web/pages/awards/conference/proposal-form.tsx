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
import { useMediaQuery } from '@mantine/hooks';
import { periodPhrase } from '../../../../core/awards/period.ts';
import type { ProposalView } from '../../../../shared/api/award-proposals.ts';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { AW } from '../labels.ts';
import { FormSelect, FormSummary } from '../shared/form-parts.tsx';
import type { AwardsConference } from './awards-conference.ts';
import { SubjectPicker } from './subject-picker.tsx';
import { PeriodFields, SubmissionFields } from './submission-fields.tsx';
import { useProposalForm } from './use-proposal-form.ts';

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
  const f = useProposalForm({ conference, saved, onClose, onSaved });
  const { catalogue, pickable, draft, set, date, forms, form, attempted, check, save, submit, shown } = f;
  const { formCode, year, period, title, proposer, submissionNumber, submissionDate, achievement, selected } =
    draft;

  if (!catalogue.ready || !pickable.ready)
    return (
      <QueryState
        isPending={!catalogue.error && !pickable.error}
        error={catalogue.error ?? pickable.error}
        onRetry={catalogue.retry}
      />
    );
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
          onChange={f.setFormCode}
          required
          error={attempted && !formCode ? F.needForm : undefined}
        />
        {form && <FormSummary form={form} salaries={catalogue.salaries} isoDate={date} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={F.year}
            value={year}
            onChange={(v) => typeof v === 'number' && f.setYear(v)}
            min={2000}
            max={2100}
            allowDecimal={false}
            required
          />
          <div style={{ gridColumn: 'span 2' }}>
            <PeriodFields period={period} onChange={f.setPeriod} />
          </div>
        </SimpleGrid>
        <SubmissionFields
          form={form}
          proposer={proposer}
          onProposer={set('proposer')}
          number={submissionNumber}
          onNumber={set('submissionNumber')}
          date={submissionDate}
          onDate={set('submissionDate')}
        />
        <TextInput
          label={F.title[0]}
          description={F.title[1]}
          value={title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          placeholder={form ? F.titleDefault(form.name, periodPhrase(period)) : undefined}
        />
        <Textarea
          label={(saved ? F.achievementEdit : F.achievement)[0]}
          description={(saved ? F.achievementEdit : F.achievement)[1]}
          value={achievement}
          onChange={(e) => set('achievement')(e.currentTarget.value)}
          placeholder={F.achievementPlaceholder}
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
          onChange={set('selected')}
          problems={f.problemsById}
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
      <ConflictModal opened={f.conflict} onClose={f.closeConflict} onReload={f.reloadAfterConflict} />
    </form>
  );
}
