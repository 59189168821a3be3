import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePublicAddress } from '../../api/settings.ts';
import { isSystemAdmin } from '../../auth/permissions.ts';
import { useSession } from '../../auth/session.tsx';
import { SETTINGS } from './labels.ts';
import { PublicAddressForm } from './public-address-form.tsx';

/**
 * First-run set-up on the system administrator's home: while the public address is missing (or only
 * this machine's), ask for it; it disappears once certificates can be printed.
 */
export function PublicAddressSetupCard() {
  const { user } = useSession();
  const admin = isSystemAdmin(user);
  const query = usePublicAddress(admin);
  if (!admin || !query.data?.problem || query.data.source === 'environment') return null;
  return (
    <Paper withBorder p="md" bg="gold.0" component="section" aria-labelledby="vd-setup-address">
      <Stack gap="xs">
        <Title order={2} size="h4" id="vd-setup-address">
          {SETTINGS.setupTitle}
        </Title>
        <Text>{SETTINGS.setupText}</Text>
        <Text size="sm">{SETTINGS.addressWhy}</Text>
        <PublicAddressForm current={query.data} />
        <Anchor component={Link} to="/settings" size="sm">
          {SETTINGS.openSettings}
        </Anchor>
      </Stack>
    </Paper>
  );
}
