import { Alert, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { usePublicAddress } from '../../api/settings.ts';
import { isSystemAdmin } from '../../auth/permissions.ts';
import { useSession } from '../../auth/session.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SETTINGS } from './labels.ts';
import { PublicAddressForm } from './public-address-form.tsx';

/** "Cài đặt": the installation's public address, what it is for, and (for the system administrator) its form. */
export function SettingsPage() {
  const { user } = useSession();
  const query = usePublicAddress();
  const admin = isSystemAdmin(user);
  return (
    <Stack maw={900}>
      <div>
        <Title order={1} size="h2">
          {SETTINGS.title}
        </Title>
        <Text c="gray.8">{SETTINGS.intro}</Text>
      </div>
      <Paper withBorder p="md" component="section" aria-labelledby="vd-settings-address">
        <Stack gap="sm">
          <Title order={2} size="h4" id="vd-settings-address">
            {SETTINGS.addressTitle}
          </Title>
          <Text>{SETTINGS.addressWhat}</Text>
          <Text size="sm">{SETTINGS.addressWhy}</Text>
          {query.data ? (
            <>
              <Text>
                <Text span fw={700}>
                  {SETTINGS.current}:{' '}
                </Text>
                {query.data.value ? <Code fz="md">{query.data.value}</Code> : SETTINGS.unset}
              </Text>
              {query.data.source === 'environment' && query.data.value && (
                <Alert color="blue" variant="light">
                  {SETTINGS.fromEnvironment(query.data.value)}
                </Alert>
              )}
              <Alert
                color={query.data.problem ? 'orange' : 'teal'}
                variant="light"
                role={query.data.problem ? 'alert' : 'status'}
              >
                {query.data.problem ? SETTINGS.cannotPrint(query.data.problem) : SETTINGS.canPrint}
              </Alert>
              {admin ? (
                <PublicAddressForm current={query.data} />
              ) : (
                <Text size="sm">{SETTINGS.readOnly}</Text>
              )}
              <Text size="xs" c="gray.8">
                {SETTINGS.commandLine}
              </Text>
            </>
          ) : (
            <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
