import { Radio, SimpleGrid } from '@mantine/core';
import type { SessionPart } from '../../../core/conference/types.ts';
import { DateField, NumberField, TimeField } from '../form/fields.tsx';
import { PLAN } from './labels.ts';

export interface DelegateFigures {
  deadline: string | null;
  maxDelegates: number;
  exemplaryShare: number;
  guestShare: number;
}

const clampShare = (v: number) => Math.min(100, Math.max(0, Math.round(v)));

/**
 * Deadline, maximum delegates and the two shares. Editing one share sets the other to the rest of 100,
 * so they always add up as the plan requires.
 */
export function DelegateFiguresFields({
  value,
  onChange,
  errors,
  prefix,
  readOnly,
}: {
  value: DelegateFigures;
  onChange: (patch: Partial<DelegateFigures>) => void;
  errors: Readonly<Record<string, string>>;
  /** "" for a conference, "body." for a template. */
  prefix: string;
  readOnly?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <DateField
        text={PLAN.deadline}
        value={value.deadline}
        onChange={(deadline) => onChange({ deadline })}
        error={errors[`${prefix}deadline`]}
        readOnly={readOnly}
      />
      <NumberField
        text={PLAN.maxDelegates}
        value={value.maxDelegates}
        onChange={(maxDelegates) => onChange({ maxDelegates })}
        min={1}
        max={5000}
        error={errors[`${prefix}maxDelegates`]}
        readOnly={readOnly}
        required
      />
      <NumberField
        text={PLAN.exemplaryShare}
        value={value.exemplaryShare}
        onChange={(v) => onChange({ exemplaryShare: clampShare(v), guestShare: 100 - clampShare(v) })}
        min={0}
        max={100}
        suffix="%"
        error={errors[`${prefix}exemplaryShare`]}
        readOnly={readOnly}
      />
      <NumberField
        text={PLAN.guestShare}
        value={value.guestShare}
        onChange={(v) => onChange({ guestShare: clampShare(v), exemplaryShare: 100 - clampShare(v) })}
        min={0}
        max={100}
        suffix="%"
        error={errors[`${prefix}guestShare`]}
        readOnly={readOnly}
      />
    </SimpleGrid>
  );
}

export interface SessionTimes {
  part: SessionPart;
  startTime: string;
  endTime: string;
}

/** Morning or afternoon, and the start and end times of the one session. */
export function SessionTimeFields({
  value,
  onChange,
  errors,
  path,
  readOnly,
}: {
  value: SessionTimes;
  onChange: (patch: Partial<SessionTimes>) => void;
  errors: Readonly<Record<string, string>>;
  /** "session" or "body.session". */
  path: string;
  readOnly?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Radio.Group
        label={PLAN.part[0]}
        description={PLAN.part[1]}
        value={value.part}
        onChange={(v) => onChange({ part: v as SessionPart })}
        error={errors[`${path}.part`]}
        readOnly={readOnly}
      >
        <SimpleGrid cols={2} mt="xs">
          <Radio value="sang" label={PLAN.partOptions.sang} disabled={readOnly} />
          <Radio value="chieu" label={PLAN.partOptions.chieu} disabled={readOnly} />
        </SimpleGrid>
      </Radio.Group>
      <TimeField
        text={PLAN.startTime}
        value={value.startTime}
        onChange={(startTime) => onChange({ startTime })}
        error={errors[`${path}.startTime`]}
        readOnly={readOnly}
      />
      <TimeField
        text={PLAN.endTime}
        value={value.endTime}
        onChange={(endTime) => onChange({ endTime })}
        error={errors[`${path}.endTime`]}
        readOnly={readOnly}
      />
    </SimpleGrid>
  );
}
