import { Button, Center, Loader, Stack, VisuallyHidden } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { COMMON } from './labels.ts';
import { NotFound } from './not-found.tsx';

/** The loading and error states every page shares; renders nothing once the data is there. */
export function QueryState({
  isPending,
  error,
  onRetry,
}: {
  isPending: boolean;
  error: unknown;
  onRetry?: () => void;
}) {
  if (error) {
    if (error instanceof ApiError && error.isNotFound) return <NotFound />;
    return (
      <Stack maw={640}>
        <ApiErrorAlert error={error} title={COMMON.loadErrorTitle} />
        {onRetry && (
          <Button variant="default" onClick={onRetry} w="fit-content">
            {COMMON.retry}
          </Button>
        )}
      </Stack>
    );
  }
  if (isPending) {
    return (
      <Center py="xl" role="status">
        <Loader />
        <VisuallyHidden>{COMMON.loading}</VisuallyHidden>
      </Center>
    );
  }
  return null;
}
