import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { useTemplates } from '../../api/templates.ts';
import { formatDateTime } from '../../components/format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { TEMPLATES } from './labels.ts';

export function TemplateListPage() {
  const query = useTemplates();
  const rows = [...(query.data?.templates ?? [])].sort(
    (a, b) => b.year - a.year || compareVietnamese(a.title, b.title),
  );
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {TEMPLATES.title}
        </Title>
        <Text c="dimmed" maw={900}>
          {TEMPLATES.intro}
        </Text>
      </div>
      {!query.data ? (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      ) : rows.length === 0 ? (
        <Text>{TEMPLATES.empty}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm" aria-label={TEMPLATES.tableLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{TEMPLATES.colTitle}</Table.Th>
                  <Table.Th>{TEMPLATES.colYear}</Table.Th>
                  <Table.Th>{TEMPLATES.colVersion}</Table.Th>
                  <Table.Th>{TEMPLATES.colUpdated}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/templates/${t.id}`} fw={600}>
                        {t.title}
                      </Anchor>{' '}
                      {t.isDefault && <Tag tone="gold">{TEMPLATES.isDefault}</Tag>}
                    </Table.Td>
                    <Table.Td>{t.year}</Table.Td>
                    <Table.Td>{t.version}</Table.Td>
                    <Table.Td>{formatDateTime(t.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
