import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { NotificationRecord } from '../../shared/api/nominations.ts';
import { notificationApi, notificationKeys } from '../api/nominations.ts';
import { formatDateTime } from './format.ts';
import { COMMON } from './labels.ts';

const T = COMMON.notifications;

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15a2.5 2.5 0 0 0 5 0"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The bell in the header: the unread count, and a list of changes to the user's nominations. */
export function NotificationBell() {
  const [opened, popover] = useDisclosure(false);
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: notificationKeys.all,
    queryFn: notificationApi.list,
    // A state change by someone else shows up within a minute without reloading.
    refetchInterval: 60_000,
    retry: false,
  });
  const markRead = useMutation({
    mutationFn: (ids?: string[]) => notificationApi.markRead(ids),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
  const unread = query.data?.unread ?? 0;
  const items = query.data?.notifications ?? [];

  return (
    // The count sits outside the popover's target so only the button gets the popup's ARIA attributes.
    <Indicator label={unread} size={18} disabled={unread === 0} color="gold.5" offset={4}>
      <Popover opened={opened} onChange={popover.toggle} position="bottom-end" width={380} shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="white"
            size="lg"
            onClick={popover.toggle}
            aria-label={T.bell(unread)}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
          <Group justify="space-between" p="sm" wrap="nowrap">
            <Text fw={700} id="vd-notifications-title">
              {T.title}
            </Text>
            {unread > 0 && (
              <Button size="xs" variant="subtle" onClick={() => markRead.mutate(undefined)}>
                {T.markAll}
              </Button>
            )}
          </Group>
          <ScrollArea.Autosize mah={420}>
            {items.length === 0 ? (
              <Text p="sm" pt={0}>
                {T.empty}
              </Text>
            ) : (
              <Box component="ul" aria-labelledby="vd-notifications-title" m={0} p={0}>
                {items.map((n) => (
                  <NotificationItem
                    key={n.id}
                    item={n}
                    onOpen={() => {
                      if (!n.read) markRead.mutate([n.id]);
                      popover.close();
                    }}
                    onRead={() => markRead.mutate([n.id])}
                  />
                ))}
              </Box>
            )}
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function NotificationItem({
  item,
  onOpen,
  onRead,
}: {
  item: NotificationRecord;
  onOpen: () => void;
  onRead: () => void;
}) {
  return (
    <Box
      component="li"
      p="sm"
      style={{
        listStyle: 'none',
        borderTop: '1px solid var(--mantine-color-gray-3)',
        background: item.read ? undefined : 'var(--mantine-color-gold-0)',
        boxShadow: item.read ? undefined : 'inset 4px 0 0 var(--mantine-color-gold-7)',
      }}
    >
      <Stack gap={4}>
        <Text size="sm" fw={item.read ? 400 : 700}>
          {!item.read && <VisuallyHidden>{T.unread}: </VisuallyHidden>}
          {item.message}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {formatDateTime(item.at)}
          </Text>
          <Group gap="xs">
            {item.link && (
              <Anchor component={Link} to={item.link} size="sm" onClick={onOpen}>
                {T.open}
              </Anchor>
            )}
            {!item.read && (
              <Button
                size="compact-xs"
                variant="default"
                onClick={onRead}
                aria-label={T.markOneLabel(item.message)}
              >
                {T.markOne}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Box>
  );
}
