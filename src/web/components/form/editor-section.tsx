import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled block of the editor, matching a part of the printed document. */
export function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} id={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`${id}-title`} c="brand.9">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
