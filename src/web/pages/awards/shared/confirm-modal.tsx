import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { COMMON } from '../../../components/labels.ts';

/** "Are you sure?" with what will happen, the button that does it, and the refusal if any. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  danger = false,
  confirmDisabled = false,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** The confirm button stays off until what the dialog asks is done (e.g. every value ticked). */
  confirmDisabled?: boolean;
  pending: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      <Stack>
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <ApiErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {COMMON.cancel}
          </Button>
          <Button
            color={danger ? 'red.9' : undefined}
            loading={pending}
            disabled={confirmDisabled}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
