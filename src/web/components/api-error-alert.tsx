import { Alert, List } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { COMMON } from './labels.ts';

/** The message of a failed request and one line per bad field, shown next to the form. */
export function ApiErrorAlert({ error, title = COMMON.errorTitle }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {message}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={`${f.path}:${f.message}`}>{f.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
