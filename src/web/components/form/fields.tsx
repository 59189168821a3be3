import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useEffect, useState } from 'react';
import { parseDayMonthYear } from '../format.ts';
import type { FieldText } from './labels.ts';

interface BaseProps {
  text: FieldText;
  error?: string;
  readOnly?: boolean;
  required?: boolean;
}

/** One-line text with its label and hint. */
export function TextField({
  text,
  value,
  onChange,
  ...rest
}: BaseProps & { value: string; onChange: (v: string) => void }) {
  return (
    <TextInput
      label={text[0]}
      description={text[1]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      {...rest}
    />
  );
}

/** Several lines of text that grow as the user writes. */
export function AreaField({
  text,
  value,
  onChange,
  ...rest
}: BaseProps & { value: string; onChange: (v: string) => void }) {
  return (
    <Textarea
      label={text[0]}
      description={text[1]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={2}
      maxRows={12}
      {...rest}
    />
  );
}

/** A whole number; an emptied box keeps the last number until the user types a new one. */
export function NumberField({
  text,
  value,
  onChange,
  min,
  max,
  suffix,
  ...rest
}: BaseProps & {
  value: number;
  onChange: (v: number) => void;
  min?: number;
  max?: number;
  suffix?: string;
}) {
  const [raw, setRaw] = useState<number | string>(value);
  useEffect(() => {
    setRaw((current) => (Number(current) === value && current !== '' ? current : value));
  }, [value]);
  return (
    <NumberInput
      label={text[0]}
      description={text[1]}
      value={raw}
      onChange={(v) => {
        setRaw(v);
        if (typeof v === 'number' && Number.isFinite(v)) onChange(v);
      }}
      onBlur={() => setRaw(value)}
      min={min}
      max={max}
      suffix={suffix}
      allowDecimal={false}
      {...rest}
    />
  );
}

const CALENDAR_LABELS = {
  monthLevelControl: 'Chọn tháng',
  yearLevelControl: 'Chọn năm',
  nextMonth: 'Tháng sau',
  previousMonth: 'Tháng trước',
  nextYear: 'Năm sau',
  previousYear: 'Năm trước',
  nextDecade: 'Thập kỷ sau',
  previousDecade: 'Thập kỷ trước',
};

/** A calendar date shown as 25/08/2025; accepts typing or picking. */
export function DateField({
  text,
  value,
  onChange,
  ...rest
}: BaseProps & { value: string | null; onChange: (v: string | null) => void }) {
  return (
    <DateInput
      label={text[0]}
      description={text[1]}
      value={value}
      onChange={onChange}
      valueFormat="DD/MM/YYYY"
      dateParser={parseDayMonthYear}
      placeholder="dd/mm/yyyy"
      clearable
      ariaLabels={CALENDAR_LABELS}
      clearButtonProps={{ 'aria-label': `Xóa ${text[0].toLocaleLowerCase('vi')}` }}
      {...rest}
    />
  );
}

/** A time of day, "07:30". */
export function TimeField({
  text,
  value,
  onChange,
  ...rest
}: BaseProps & { value: string; onChange: (v: string) => void }) {
  return (
    <TimeInput
      label={text[0]}
      description={text[1]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      {...rest}
    />
  );
}
