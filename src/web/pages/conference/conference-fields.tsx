import { SimpleGrid } from '@mantine/core';
import type { ConferenceSession } from '../../../core/conference/types.ts';
import { AreaField, DateField, NumberField, TextField } from '../../components/form/fields.tsx';
import { DelegateFiguresFields, SessionTimeFields } from '../../components/plan-editor/figure-fields.tsx';
import { PLAN } from '../../components/plan-editor/labels.ts';
import type { ConferenceDraft } from './conference-draft.ts';

interface Props {
  draft: ConferenceDraft;
  onChange: (patch: Partial<ConferenceDraft>) => void;
  errors: Readonly<Record<string, string>>;
  readOnly?: boolean;
}

/** "Thông tin chung": the name of the conference (section 3.6), its ordinal, term and year. */
export function ConferenceGeneralFields({ draft, onChange, errors, readOnly }: Props) {
  return (
    <>
      <AreaField
        text={PLAN.name}
        value={draft.name}
        onChange={(name) => onChange({ name })}
        error={errors.name}
        readOnly={readOnly}
        required
      />
      <TextField
        text={PLAN.nameLine2}
        value={draft.nameLine2}
        onChange={(nameLine2) => onChange({ nameLine2 })}
        error={errors.nameLine2}
        readOnly={readOnly}
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField
          text={PLAN.ordinal}
          value={draft.ordinal}
          onChange={(ordinal) => onChange({ ordinal })}
          min={1}
          max={50}
          error={errors.ordinal}
          readOnly={readOnly}
        />
        <TextField
          text={PLAN.term}
          value={draft.term}
          onChange={(term) => onChange({ term })}
          error={errors.term}
          readOnly={readOnly}
          required
        />
        <NumberField
          text={PLAN.year}
          value={draft.year}
          onChange={(year) => onChange({ year })}
          min={2000}
          max={2100}
          error={errors.year}
          readOnly={readOnly}
        />
      </SimpleGrid>
    </>
  );
}

/** Section II: the day, part of day, hours and place of the session, then the delegate figures. */
export function ConferenceSessionFields({ draft, onChange, errors, readOnly }: Props) {
  const session = (patch: Partial<ConferenceSession>) =>
    onChange({ session: { ...draft.session, ...patch } });
  return (
    <>
      <DateField
        text={PLAN.sessionDate}
        value={draft.session.date}
        onChange={(date) => session({ date })}
        error={errors['session.date']}
        readOnly={readOnly}
      />
      <SessionTimeFields
        value={draft.session}
        onChange={session}
        errors={errors}
        path="session"
        readOnly={readOnly}
      />
      <TextField
        text={PLAN.venue}
        value={draft.session.venue}
        onChange={(venue) => session({ venue })}
        error={errors['session.venue']}
        readOnly={readOnly}
      />
      <DelegateFiguresFields
        value={draft}
        onChange={onChange}
        errors={errors}
        prefix=""
        readOnly={readOnly}
      />
    </>
  );
}
