import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import type { PublicAddressView } from '../../../shared/api/settings.ts';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { SETTINGS } from './labels.ts';
import { usePublicAddressForm } from './use-public-address-form.ts';

/** The public address field and its save button. */
export function PublicAddressForm({ current }: { current: PublicAddressView }) {
  const form = usePublicAddressForm(current);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        form.save.mutate();
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={SETTINGS.addressLabel}
          description={SETTINGS.addressHint}
          placeholder={SETTINGS.placeholder}
          value={form.value}
          onChange={(e) => form.setValue(e.currentTarget.value)}
          error={form.fieldError}
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          required
          maw={560}
        />
        {form.general.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {form.general.join(' ')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.save.isPending} disabled={!form.dirty}>
            {SETTINGS.save}
          </Button>
        </Group>
      </Stack>
      <ConflictModal opened={form.conflict} onClose={form.closeConflict} onReload={form.reload} />
    </form>
  );
}
