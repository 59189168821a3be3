import { NumberInput, type NumberInputProps, SegmentedControl, Text } from '@mantine/core';
import { useId } from 'react';
import type { FieldText } from './labels.ts';

/** A whole number that may be left empty (null). */
export function OptionalNumber({
  text,
  value,
  onChange,
  ...rest
}: { text: FieldText; value: number | null; onChange: (v: number | null) => void } & Omit<
  NumberInputProps,
  'value' | 'onChange' | 'label' | 'description'
>) {
  return (
    <NumberInput
      label={text[0]}
      description={text[1] || undefined}
      value={value ?? ''}
      onChange={(v) => onChange(typeof v === 'number' && Number.isFinite(v) ? v : null)}
      allowDecimal={false}
      allowNegative={false}
      {...rest}
    />
  );
}

/** Choices shown as a row of buttons with a visible label (Mantine's control has none of its own). */
export function LabelledSegments<T extends string>(props: {
  label: string;
  value: T | null;
  data: Array<{ value: T; label: string }>;
  onChange: (v: T) => void;
  readOnly: boolean;
  error?: string;
}) {
  const id = useId();
  return (
    <div>
      <Text id={id} size="sm" fw={500} mb={4}>
        {props.label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={props.value ?? ''}
        data={props.data}
        onChange={(v) => props.onChange(v as T)}
        readOnly={props.readOnly}
      />
      {props.error && (
        <Text size="sm" c="red.9" mt={4}>
          {props.error}
        </Text>
      )}
    </div>
  );
}
