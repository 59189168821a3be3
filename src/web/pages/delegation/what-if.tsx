import { Paper, Slider, Stack, Text, Title } from '@mantine/core';
import type { CompositionInput } from '../../../shared/api/delegation.ts';
import { DEL } from './labels.ts';
import { findRule, minShareOf, type Rule, withMinShare } from './rule-text.ts';
import { resultLine } from './what-if-result.ts';

const W = DEL.whatIf;

function ShareSlider({
  label,
  share,
  max,
  seats,
  disabled,
  onChange,
}: {
  label: string;
  share: number;
  max: number;
  seats: number;
  disabled: boolean;
  onChange: (share: number) => void;
}) {
  const percent = Math.round(share * 100);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Slider
        value={Math.min(percent, max)}
        onChange={(p) => onChange(p / 100)}
        min={0}
        max={max}
        step={1}
        thumbLabel={label}
        label={(p) => `${p}%`}
        marks={[0, max / 2, max].map((p) => ({ value: p, label: `${p}%` }))}
        disabled={disabled}
        mb="md"
        mx="xs"
        styles={{ markLabel: { color: 'var(--mantine-color-gray-8)' } }}
      />
      <Text size="sm" mt={4}>
        {W.value(share, seats)}
      </Text>
    </Stack>
  );
}

/**
 * Two sliders that change the draft at once; the proposal follows after a short pause. The line
 * under them names the values the proposal on screen was computed for, and only when they are the
 * values the sliders show (otherwise it says which values are being computed).
 */
export function WhatIfPanel({
  draft,
  computedFor,
  onRules,
  canEdit,
  proposing,
}: {
  draft: CompositionInput;
  /** The settings the proposal on screen was computed for. */
  computedFor: CompositionInput | null;
  onRules: (rules: Rule[]) => void;
  canEdit: boolean;
  proposing: boolean;
}) {
  const line = resultLine(computedFor, draft, proposing);
  const women = minShareOf(draft.rules[findRule(draft.rules, 'gender', 'nu')], draft.seats);
  const exemplary = minShareOf(draft.rules[findRule(draft.rules, 'category', 'dien_hinh')], draft.seats);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="vd-whatif-title">
      <Title order={3} size="h4" id="vd-whatif-title">
        {W.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {proposing ? W.intro : W.needsProposal}
      </Text>
      <Stack gap="md">
        <ShareSlider
          label={W.women}
          share={women}
          max={60}
          seats={draft.seats}
          disabled={!canEdit}
          onChange={(s) => onRules(withMinShare(draft.rules, 'gender', 'nu', s, draft.seats))}
        />
        <ShareSlider
          label={W.exemplary}
          share={exemplary}
          max={100}
          seats={draft.seats}
          disabled={!canEdit}
          onChange={(s) => onRules(withMinShare(draft.rules, 'category', 'dien_hinh', s, draft.seats))}
        />
      </Stack>
      <Text size="sm" fw={600} role="status" aria-label={W.resultLabel} mih={20}>
        {line}
      </Text>
    </Paper>
  );
}
