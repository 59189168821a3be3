import { Alert, Box, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What every import answers: the verdict, every bad cell ("Dòng N, cột X: …") and the warnings. */
export interface ImportResultBase {
  ok: boolean;
  dryRun: boolean;
  imported: number;
  /** "Dòng N, cột X: …", one per bad cell. */
  errors: string[];
  warnings: string[];
}

/** The words of the report (each screen names what it imports). */
export interface ImportReportLabels {
  checkOk: (count: number) => string;
  checkOkNote: string;
  done: (count: number) => string;
  /** Under "done": what to do next, when the screen has something to say. */
  doneNote?: string;
  checkBad: (count: number) => string;
  checkBadNote: string;
  errorsLabel: string;
  warnings: string;
}

/** The check's verdict, every bad cell, the warnings, and (after a clean check) what will be imported. */
export function ImportReport<R extends ImportResultBase>({
  result,
  labels: I,
  preview,
}: {
  result: R;
  labels: ImportReportLabels;
  preview?: (result: R) => ReactNode;
}) {
  return (
    <Stack gap="sm">
      {result.ok ? (
        <Alert
          color="teal"
          variant="light"
          title={result.dryRun ? I.checkOk(result.imported) : I.done(result.imported)}
        >
          {result.dryRun ? I.checkOkNote : (I.doneNote ?? null)}
        </Alert>
      ) : (
        <Alert color="red" variant="light" title={I.checkBad(result.errors.length)} role="alert">
          {I.checkBadNote}
        </Alert>
      )}
      {result.errors.length > 0 && (
        <Box
          component="section"
          aria-label={I.errorsLabel}
          mah={320}
          p="sm"
          style={{ overflow: 'auto', border: '1px solid var(--mantine-color-red-3)', borderRadius: 4 }}
          tabIndex={0}
        >
          <List size="sm" spacing={4} type="ordered">
            {result.errors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Box>
      )}
      {result.warnings.length > 0 && (
        <Box component="section" aria-label={I.warnings}>
          <Text fw={600} size="sm">
            {I.warnings}
          </Text>
          <List size="sm" spacing={4}>
            {result.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Box>
      )}
      {result.ok && result.dryRun && preview?.(result)}
    </Stack>
  );
}
