import { Group, Paper, Text } from '@mantine/core';
import { formatThreshold, meetsThreshold } from '../../../core/nominations/rules.ts';
import type { VoteThreshold } from '../../../core/nominations/types.ts';
import { NOM } from './labels.ts';
import { shareLine } from './vote-text.ts';

/** The share computed live from the numbers typed, and whether it meets the threshold, in words. */
export function VoteVerdict({
  inFavour,
  base,
  threshold,
  baseLabel,
}: {
  inFavour: number;
  base: number;
  threshold: VoteThreshold;
  baseLabel: string;
}) {
  // More votes than voters is a typing mistake, not a landslide: say so instead of a verdict.
  const impossible = inFavour > base;
  const passes = !impossible && meetsThreshold(inFavour, base, threshold);
  return (
    <Paper withBorder p="sm" bg={passes ? 'teal.0' : 'red.0'} role="status" aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text fw={700} size="lg">
          {impossible ? `${inFavour}/${base}` : shareLine(inFavour, base)}
        </Text>
        <Text fw={700} c={passes ? 'teal.9' : 'red.9'}>
          {impossible
            ? `✗ ${NOM.verdictImpossible}`
            : passes
              ? `✓ ${NOM.verdictPass}`
              : `✗ ${NOM.verdictFail}`}
        </Text>
      </Group>
      <Text size="sm">{NOM.threshold(formatThreshold(threshold), baseLabel)}</Text>
    </Paper>
  );
}
