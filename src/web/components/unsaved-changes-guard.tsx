import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { COMMON } from './labels.ts';

/** Asks before leaving a page with unsaved changes: in-app navigation and closing the tab. */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={COMMON.unsavedTitle}
      centered
    >
      <Text>{COMMON.unsavedText}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {COMMON.unsavedStay}
        </Button>
        <Button color="red.9" onClick={() => blocker.proceed?.()}>
          {COMMON.unsavedLeave}
        </Button>
      </Group>
    </Modal>
  );
}
