import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { STAT } from './labels.ts';
import { type Cell, type TableModel, tableHtml, tableText } from './statistics-model.ts';

/** Puts the table on the clipboard as HTML and text; without the Clipboard API (plain http), by selection. */
async function copyTable(model: TableModel): Promise<void> {
  const html = tableHtml(model);
  const text = tableText(model);
  if (window.isSecureContext && navigator.clipboard && 'ClipboardItem' in window) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.innerHTML = html;
  document.body.append(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const ok = document.execCommand('copy');
  selection?.removeAllRanges();
  holder.remove();
  if (!ok) throw new Error(STAT.copyFailed);
}

function Td({ cell, header }: { cell: Cell; header: boolean }) {
  const Tag = header ? Table.Th : Table.Td;
  return (
    <Tag
      colSpan={cell.colSpan}
      rowSpan={cell.rowSpan}
      ta={cell.align ?? 'left'}
      fw={cell.bold ? 700 : undefined}
      miw={cell.align === 'left' && !header ? 200 : undefined}
      style={{ whiteSpace: cell.align === 'right' ? 'nowrap' : undefined }}
    >
      {cell.text}
    </Tag>
  );
}

/** One Biểu with its title and unit note, drawn as a bordered table, with "Sao chép bảng". */
export function StatisticsTable({ model, unitName }: { model: TableModel; unitName: string }) {
  const titleId = useId();
  async function copy() {
    try {
      await copyTable(model);
      notifications.show({ color: 'teal', message: STAT.copied });
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof Error ? error.message : STAT.copyFailed });
    }
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {model.title}
          </Title>
          <Text size="sm">
            {STAT.unitLine(unitName)} · <i>{model.note}</i>
          </Text>
        </div>
        <Button
          variant="default"
          size="sm"
          onClick={copy}
          aria-label={STAT.copyLabel(model.title)}
          className="vd-no-print"
        >
          {STAT.copy}
        </Button>
      </Group>
      <Paper withBorder style={{ overflowX: 'auto' }} tabIndex={0}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          fz="sm"
          aria-labelledby={titleId}
        >
          <Table.Thead bg="gray.1">
            {model.head.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: header rows have no other identity
              <Table.Tr key={i}>
                {row.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells in column order
                  <Td key={j} cell={c} header />
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {model.body.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows in report order
              <Table.Tr key={i} bg={row[1]?.bold ? 'gray.0' : undefined}>
                {row.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells in column order
                  <Td key={j} cell={c} header={false} />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
