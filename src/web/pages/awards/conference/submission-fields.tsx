import { NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { periodPhrase } from '../../../../core/awards/period.ts';
import {
  PROPOSER_KIND_LABELS,
  proposerSigningLines,
  SIGNER_TITLES,
  submissionSymbol,
} from '../../../../core/awards/proposer.ts';
import type { AwardForm, AwardPeriod, Proposer, ProposerKind } from '../../../../core/awards/types.ts';
import { DateField, TextField } from '../../../components/form/fields.tsx';
import { AW } from '../labels.ts';
import { allowedKinds, withKind } from './proposal-draft.ts';

const F = AW.proposalForm;

/** The period honoured, with what every document will say. */
export function PeriodFields({
  period,
  onChange,
}: {
  period: AwardPeriod;
  onChange: (p: AwardPeriod) => void;
}) {
  const year = (key: keyof AwardPeriod) => (v: number | string) => {
    if (typeof v === 'number' && Number.isInteger(v)) onChange({ ...period, [key]: v });
  };
  return (
    <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {F.period}
      </Text>
      <Text size="xs" c="gray.8">
        {F.periodHint}
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput
          label={F.periodFrom}
          value={period.from}
          onChange={year('from')}
          min={2000}
          max={2100}
          allowDecimal={false}
        />
        <NumberInput
          label={F.periodTo}
          value={period.to}
          onChange={year('to')}
          min={2000}
          max={2100}
          allowDecimal={false}
        />
      </SimpleGrid>
      <Text size="sm" c="gray.8">
        {F.periodPreview(periodPhrase(period))}
      </Text>
    </Stack>
  );
}

/** Who proposes, who signs, and the Tờ trình's number and date. */
export function SubmissionFields({
  form,
  proposer,
  onProposer,
  number,
  onNumber,
  date,
  onDate,
}: {
  form: AwardForm | null;
  proposer: Proposer;
  onProposer: (p: Proposer) => void;
  number: string;
  onNumber: (v: string) => void;
  date: string | null;
  onDate: (v: string | null) => void;
}) {
  const set = (key: keyof Proposer) => (value: string) => onProposer({ ...proposer, [key]: value });
  const symbol = `/${submissionSymbol(proposer)}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="vd-aw-submission">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id="vd-aw-submission">
            {F.submission}
          </Title>
          <Text size="sm" c="gray.8">
            {F.submissionHint}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={F.proposerKind}
            data={allowedKinds(form).map((k) => ({ value: k, label: PROPOSER_KIND_LABELS[k] }))}
            value={proposer.kind}
            onChange={(v) => v && onProposer(withKind(proposer, v as ProposerKind))}
            allowDeselect={false}
          />
          <Select
            label={F.signerTitle}
            data={[...SIGNER_TITLES[proposer.kind]]}
            value={proposer.signerTitle}
            onChange={(v) => v && set('signerTitle')(v)}
            allowDeselect={false}
          />
        </SimpleGrid>
        {proposer.kind === 'department' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField text={F.departmentName} value={proposer.name} onChange={set('name')} />
            <TextField text={F.departmentCode} value={proposer.code} onChange={set('code')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextField text={F.signerName} value={proposer.signerName} onChange={set('signerName')} />
          <TextInput
            label={F.submissionNumber[0]}
            description={F.submissionNumber[1]}
            value={number}
            onChange={(e) => onNumber(e.currentTarget.value)}
            rightSection={
              <Text size="sm" c="gray.8" pr="xs">
                {symbol}
              </Text>
            }
            rightSectionWidth={symbol.length * 9 + 12}
          />
          <DateField text={F.submissionDate} value={date} onChange={onDate} />
        </SimpleGrid>
        <Text size="sm" c="gray.8">
          {F.signing(proposerSigningLines(proposer))}
        </Text>
      </Stack>
    </Paper>
  );
}
