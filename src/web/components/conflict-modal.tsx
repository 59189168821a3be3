import { Button, Group, Modal, Text } from '@mantine/core';
import { COMMON } from './labels.ts';

/** Shown on a 409: someone saved first. The user chooses to reload; nothing is overwritten. */
export function ConflictModal({
  opened,
  onReload,
  onClose,
}: {
  opened: boolean;
  onReload: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={COMMON.conflictTitle} centered size="lg">
      <Text>{COMMON.conflictText}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {COMMON.conflictKeep}
        </Button>
        <Button onClick={onReload}>{COMMON.conflictReload}</Button>
      </Group>
    </Modal>
  );
}
