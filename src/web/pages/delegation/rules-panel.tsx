import { Box, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeRule, type ValueLabeler } from '../../../core/delegation/labels.ts';
import type { QuotaRule } from '../../../core/selection/types.ts';
import type { QuotaOutcomeView } from '../../../shared/api/delegation.ts';
import { Tag } from '../../components/tag.tsx';
import { DEL } from './labels.ts';
import { groupByRule, outcomeLine } from './rule-text.ts';

const R = DEL.rules;

export interface RulesBasis {
  /** "Kiểm tra trên phương án đề xuất" or on the approved list. */
  title: string;
  outcomes: readonly QuotaOutcomeView[];
  rules: readonly QuotaRule[];
  seats: number;
}

function OutcomeItem({ line, met }: { line: string; met: boolean }) {
  const verdict = met ? R.met : R.notMet;
  const main = line.slice(0, line.length - verdict.length);
  return (
    <List.Item
      style={{
        listStyle: 'none',
        borderLeft: `4px solid var(--mantine-color-${met ? 'teal-7' : 'red-8'})`,
        paddingLeft: 8,
      }}
    >
      <Text size="sm" span>
        {main}
      </Text>
      <Text size="sm" span fw={700} c={met ? 'teal.9' : 'red.9'}>
        {verdict}
      </Text>
    </List.Item>
  );
}

/**
 * One rule: a rule on one value is its line with numbers and verdict; a rule over "mọi giá trị" is
 * its wording, then the values that fall short, and the ones that pass behind a button.
 */
function RuleItem({
  rule,
  heading,
  outcomes,
  seats,
}: {
  rule: QuotaRule;
  heading: string;
  outcomes: readonly QuotaOutcomeView[] | null;
  seats: number;
}) {
  const [showMet, setShowMet] = useState(false);
  if (outcomes === null || (!rule.each && outcomes.length === 0)) {
    return (
      <Text size="sm" fw={700}>
        {heading}
      </Text>
    );
  }
  if (!rule.each) {
    return (
      <List spacing={2} p={0}>
        {outcomes.map((o) => (
          <OutcomeItem key={`${o.column}:${o.value}`} line={outcomeLine(o, rule, seats)} met={o.met} />
        ))}
      </List>
    );
  }
  const unmet = outcomes.filter((o) => !o.met);
  const met = outcomes.filter((o) => o.met);
  const shown = showMet ? outcomes : unmet;
  return (
    <>
      <Text size="sm" fw={700}>
        {heading}: {R.eachSummary(met.length, outcomes.length)}
      </Text>
      {shown.length > 0 && (
        <List spacing={2} mt={2} p={0}>
          {shown.map((o) => (
            <OutcomeItem key={`${o.column}:${o.value}`} line={outcomeLine(o, rule, seats)} met={o.met} />
          ))}
        </List>
      )}
      {met.length > 0 && (
        <Button
          variant="default"
          size="compact-sm"
          mt={4}
          onClick={() => setShowMet((v) => !v)}
          aria-expanded={showMet}
        >
          {showMet ? R.hideMet : R.showMet(met.length)}
        </Button>
      )}
    </>
  );
}

/**
 * Every rule in words and, under it, each counted value with its numbers and verdict — on the
 * proposal when there is one, else on the approved list; without either, the rules alone.
 */
export function RulesPanel({
  rules,
  seats,
  basis,
  label,
  pending,
}: {
  /** The rules being edited (shown in words when nothing is evaluated yet). */
  rules: readonly QuotaRule[];
  seats: number;
  basis: RulesBasis | null;
  label: ValueLabeler;
  pending: boolean;
}) {
  const shownRules = basis?.rules ?? rules;
  const groups = basis ? groupByRule(basis.outcomes) : new Map<number, QuotaOutcomeView[]>();
  const met = basis?.outcomes.filter((o) => o.met).length ?? 0;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="vd-rules-title">
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={3} size="h4" id="vd-rules-title">
          {R.title}
        </Title>
        {basis && basis.outcomes.length > 0 && (
          <Tag tone={met === basis.outcomes.length ? 'teal' : 'orange'}>
            {R.summary(met, basis.outcomes.length)}
          </Tag>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs" role="status">
        {pending ? DEL.proposal.stale : (basis?.title ?? R.onNothing)}
      </Text>
      {shownRules.length === 0 ? (
        <Text size="sm">{R.none}</Text>
      ) : (
        <Stack gap="sm" aria-busy={pending} aria-label={R.listLabel} component="ol" p={0} m={0}>
          {shownRules.map((rule, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a rule is its position in the list
            <Box component="li" key={i} style={{ listStyle: 'none' }}>
              <RuleItem
                rule={rule}
                heading={describeRule(rule, basis?.seats ?? seats, label)}
                outcomes={basis ? (groups.get(i) ?? []) : null}
                seats={basis?.seats ?? seats}
              />
            </Box>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
