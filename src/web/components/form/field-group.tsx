import { Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import type { FieldText } from './labels.ts';

const RESET = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/** A labelled group of inputs (a list of items) with its hint and the error for the group as a whole. */
export function FieldGroup({
  text,
  error,
  children,
}: {
  text: FieldText;
  error?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset style={RESET} aria-describedby={`${id}-hint`}>
      <Text component="legend" fw={600} size="sm" p={0}>
        {text[0]}
      </Text>
      <Text id={`${id}-hint`} size="xs" c="dimmed">
        {text[1]}
      </Text>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
      <Stack gap="xs" mt="xs">
        {children}
      </Stack>
    </fieldset>
  );
}
