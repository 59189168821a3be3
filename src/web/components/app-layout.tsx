import {
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../shared/api/roles.ts';
import { sessionKey } from '../api/auth.ts';
import { setCsrfToken } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import { isSystemAdmin } from '../auth/permissions.ts';
import { useSession } from '../auth/session.tsx';
import { ChangePasswordModal } from './change-password-modal.tsx';
import { COMMON } from './labels.ts';
import { NotificationBell } from './notification-bell.tsx';

interface NavItem {
  to: string;
  label: string;
  visible: boolean;
}

/** Header with the user and "Đăng xuất", the navigation (a burger menu on a phone), and the page. */
export function AppLayout() {
  const { user, can, rootUnitId } = useSession();
  const [navOpened, nav] = useDisclosure(false);
  const [passwordOpened, password] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const items: NavItem[] = [
    { to: '/units', label: COMMON.nav.units, visible: true },
    {
      to: '/nominations',
      label: COMMON.nav.nominations,
      visible: can('nomination.submit') || can('nomination.review'),
    },
    { to: '/conferences', label: COMMON.nav.conferences, visible: can('conference.read') },
    {
      to: '/awards/history',
      label: COMMON.nav.awardHistory,
      visible: can('conference.read') || can('nomination.review'),
    },
    {
      to: '/awards/statistics',
      label: COMMON.nav.awardStatistics,
      visible: can('conference.read') || can('nomination.review'),
    },
    { to: '/awards/catalogue', label: COMMON.nav.awardCatalogue, visible: can('conference.read') },
    {
      to: '/awards/certificate-template',
      label: COMMON.nav.certificateTemplate,
      visible: can('template.manage'),
    },
    {
      to: '/templates',
      label: COMMON.nav.templates,
      visible: rootUnitId !== null && can('template.manage', rootUnitId),
    },
    {
      to: '/reference',
      label: COMMON.nav.reference,
      visible: rootUnitId !== null && can('reference.manage', rootUnitId),
    },
    { to: '/users', label: COMMON.nav.users, visible: can('user.manage') },
    { to: '/audit', label: COMMON.nav.audit, visible: can('audit.read') },
    { to: '/settings', label: COMMON.nav.settings, visible: isSystemAdmin(user) },
  ];
  const roleText = [...new Set(user.roles.map((g) => ROLE_LABELS[g.role]))].join(', ');

  async function logout() {
    try {
      await api.auth.logout();
    } finally {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
      navigate('/login', { replace: true });
    }
  }

  const userBlock = (
    <Box miw={0}>
      <Text fw={700}>{user.fullName}</Text>
      <Text size="xs" c="dimmed">
        {roleText} · {user.unitName}
      </Text>
    </Box>
  );

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header bg="brand.8" c="white" px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={navOpened ? COMMON.closeMenu : COMMON.openMenu}
            />
            <UnstyledButton
              component={Link}
              to="/"
              c="white"
              aria-label={`${COMMON.appName} — ${COMMON.backHome}`}
            >
              <Title order={2} size="h3" c="gold.2">
                {COMMON.appName}
              </Title>
            </UnstyledButton>
            <Text visibleFrom="md" size="sm" c="brand.0">
              {COMMON.appTagline}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Box visibleFrom="sm" maw={420} c="white" title={`${roleText} · ${user.unitName}`}>
              <Text fw={700} truncate="end">
                {user.fullName}
              </Text>
              <Text size="xs" truncate="end">
                {roleText} · {user.unitName}
              </Text>
            </Box>
            <NotificationBell />
            <Button variant="white" color="brand.9" size="sm" onClick={logout}>
              {COMMON.logout}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={COMMON.mainNav}>
        <Stack justify="space-between" h="100%">
          <Stack gap={4}>
            <Box hiddenFrom="sm" p="xs" mb="xs" bg="gray.0">
              {userBlock}
            </Box>
            {items
              .filter((i) => i.visible)
              .map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
                  onClick={nav.close}
                  fw={600}
                  variant="filled"
                />
              ))}
          </Stack>
          <Button variant="default" onClick={password.open}>
            {COMMON.changePassword}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
      <ChangePasswordModal opened={passwordOpened} onClose={password.close} />
    </AppShell>
  );
}
