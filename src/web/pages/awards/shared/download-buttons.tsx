import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { AW } from '../labels.ts';
import { useFileDownload } from './download.ts';

export interface DownloadItem {
  url: string;
  /** Short text on the button ("Word", "PDF", "In giấy khen"). */
  label: string;
  /** What a screen reader hears ("Tải Tờ trình (Word)"). */
  aria: string;
  fileName: string;
  disabled?: boolean;
  primary?: boolean;
}

/** A row of download buttons; while a file is being made, its button spins and a bar says so. */
export function DownloadButtons({
  items,
  size = 'sm',
}: {
  items: DownloadItem[];
  size?: 'sm' | 'compact-sm';
}) {
  const { download, pending } = useFileDownload();
  const busy = items.find((i) => i.url === pending);
  return (
    <Stack gap={4}>
      <Group gap={6}>
        {items.map((item) => (
          <Button
            key={item.url}
            size={size}
            variant={item.primary ? 'filled' : 'default'}
            aria-label={item.aria}
            disabled={item.disabled || (pending !== null && pending !== item.url)}
            loading={pending === item.url}
            onClick={() => download(item.url, item.fileName)}
          >
            {item.label}
          </Button>
        ))}
      </Group>
      {busy && <Progress value={100} animated striped size="sm" aria-label={AW.making(busy.aria)} />}
      <Text size="xs" role="status" c="gray.8" mih={busy ? 16 : 0}>
        {busy ? AW.making(busy.aria) : ''}
      </Text>
    </Stack>
  );
}
