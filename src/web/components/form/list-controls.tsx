import { ActionIcon, Box, Flex, Group, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { FORM } from './labels.ts';

/** Moves item `from` one step up or down; returns a new array. */
export function move<T>(items: readonly T[], from: number, delta: -1 | 1): T[] {
  const to = from + delta;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** The up / down / remove buttons of one list item, each named for screen readers. */
export function ListItemControls({
  itemLabel,
  index,
  count,
  onMove,
  onRemove,
  canRemove = true,
}: {
  itemLabel: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  canRemove?: boolean;
}) {
  const n = index + 1;
  const buttons = [
    {
      key: 'up',
      label: FORM.list.up(itemLabel, n),
      glyph: '↑',
      disabled: index === 0,
      onClick: () => onMove(-1),
    },
    {
      key: 'down',
      label: FORM.list.down(itemLabel, n),
      glyph: '↓',
      disabled: index === count - 1,
      onClick: () => onMove(1),
    },
    {
      key: 'remove',
      label: FORM.list.remove(itemLabel, n),
      glyph: '✕',
      disabled: !canRemove,
      onClick: onRemove,
    },
  ];
  return (
    <Group gap={4} wrap="nowrap">
      {buttons.map((b) => (
        <Tooltip key={b.key} label={b.label} openDelay={400}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={b.label}
            disabled={b.disabled}
            onClick={b.onClick}
            c={b.key === 'remove' && !b.disabled ? 'red.9' : undefined}
          >
            <span aria-hidden="true">{b.glyph}</span>
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}

/**
 * One list item: its fields, and its controls beside them (below them on a phone, so the text box
 * keeps the full width). `offset` lines the buttons up with the input under its label.
 */
export function ItemRow({
  children,
  controls,
  offset = 26,
}: {
  children: ReactNode;
  controls?: ReactNode;
  offset?: number;
}) {
  return (
    <Flex direction={{ base: 'column', sm: 'row' }} gap="xs" align={{ base: 'stretch', sm: 'flex-start' }}>
      <Box style={{ flex: 1, minWidth: 0 }}>{children}</Box>
      {controls && (
        <Flex pt={{ base: 0, sm: offset }} justify="flex-end">
          {controls}
        </Flex>
      )}
    </Flex>
  );
}
