import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PublicAddressView } from '../../../shared/api/settings.ts';
import { usePublicAddress } from '../../api/settings.ts';
import { isSystemAdmin } from '../../auth/permissions.ts';
import { useSession } from '../../auth/session.tsx';
import { SETTINGS } from './labels.ts';
import { PublicAddressForm } from './public-address-form.tsx';

/**
 * Whether the set-up card asks the signed-in user for the public address: a system administrator while
 * it is missing (or only this machine's) and not fixed by VINHDANH_PUBLIC_URL; null while not yet known.
 */
export function usePublicAddressSetup(): { needed: boolean | null; current: PublicAddressView | null } {
  const { user } = useSession();
  const admin = isSystemAdmin(user);
  const query = usePublicAddress(admin);
  if (!admin) return { needed: false, current: null };
  if (!query.data) return { needed: query.isError ? false : null, current: null };
  return {
    needed: query.data.problem !== null && query.data.source !== 'environment',
    current: query.data,
  };
}

/**
 * First-run set-up on the system administrator's home: while the public address is missing (or only
 * this machine's), ask for it; it disappears once certificates can be printed.
 */
export function PublicAddressSetupCard() {
  const { needed, current } = usePublicAddressSetup();
  if (!needed || !current) return null;
  return (
    <Paper withBorder p="md" bg="gold.0" component="section" aria-labelledby="vd-setup-address">
      <Stack gap="xs">
        <Title order={2} size="h4" id="vd-setup-address">
          {SETTINGS.setupTitle}
        </Title>
        <Text>{SETTINGS.setupText}</Text>
        <Text size="sm">{SETTINGS.addressWhy}</Text>
        <PublicAddressForm current={current} />
        <Anchor component={Link} to="/settings" size="sm">
          {SETTINGS.openSettings}
        </Anchor>
      </Stack>
    </Paper>
  );
}
