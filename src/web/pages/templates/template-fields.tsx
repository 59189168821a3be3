import { SimpleGrid } from '@mantine/core';
import type { ConferenceTemplate } from '../../../core/conference/template.ts';
import { AreaField, NumberField, TextField } from '../../components/form/fields.tsx';
import { DelegateFiguresFields, SessionTimeFields } from '../../components/plan-editor/figure-fields.tsx';
import { TEMPLATES } from './labels.ts';

interface Props {
  body: ConferenceTemplate;
  onChange: (patch: Partial<ConferenceTemplate>) => void;
  errors: Readonly<Record<string, string>>;
}

const F = TEMPLATES.fields;

/** The template's own settings: cycle, upper congress and upper plan. */
export function TemplateGeneralFields({ body, onChange, errors }: Props) {
  const e = (k: string) => errors[`body.${k}`];
  return (
    <>
      <TextField
        text={F.title}
        value={body.title}
        onChange={(title) => onChange({ title })}
        error={e('title')}
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField
          text={F.cityName}
          value={body.cityName}
          onChange={(cityName) => onChange({ cityName })}
          error={e('cityName')}
          required
        />
        <NumberField
          text={F.year}
          value={body.year}
          onChange={(year) => onChange({ year })}
          min={2000}
          max={2100}
          error={e('year')}
        />
        <NumberField
          text={F.ordinal}
          value={body.ordinal}
          onChange={(ordinal) => onChange({ ordinal })}
          min={1}
          max={50}
          error={e('ordinal')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          text={F.term}
          value={body.term}
          onChange={(term) => onChange({ term })}
          error={e('term')}
          required
        />
        <TextField
          text={F.previousTerm}
          value={body.previousTerm}
          onChange={(previousTerm) => onChange({ previousTerm })}
          error={e('previousTerm')}
          required
        />
      </SimpleGrid>
      <AreaField
        text={F.upperCongress}
        value={body.upperCongress}
        onChange={(upperCongress) => onChange({ upperCongress })}
        error={e('upperCongress')}
        required
      />
      <AreaField
        text={F.upperPlanReference}
        value={body.upperPlanReference}
        onChange={(upperPlanReference) => onChange({ upperPlanReference })}
        error={e('upperPlanReference')}
        required
      />
    </>
  );
}

/** Section II figures of the template: part of day, hours, deadline, delegates and shares. */
export function TemplateSessionFields({ body, onChange, errors }: Props) {
  return (
    <>
      <SessionTimeFields
        value={body.session}
        onChange={(patch) => onChange({ session: { ...body.session, ...patch } })}
        errors={errors}
        path="body.session"
      />
      <DelegateFiguresFields value={body} onChange={onChange} errors={errors} prefix="body." />
    </>
  );
}
