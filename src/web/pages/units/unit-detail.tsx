import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { UNIT_KIND_LABELS } from '../../../shared/api/units.ts';
import { useUnit } from '../../api/units.ts';
import { useSession } from '../../auth/session.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { UNITS } from './labels.ts';
import { UnitFormModal, type UnitFormMode } from './unit-form-modal.tsx';
import { countByKind } from './unit-index.ts';
import { UnitOfficeModal } from './unit-office-modal.tsx';

/** Type, name, code and children of one unit, with edit / add-child for unit managers. */
export function UnitDetail({ unitId }: { unitId: string }) {
  const { can, units } = useSession();
  const [form, setForm] = useState<UnitFormMode | null>(null);
  const [officeOpen, setOfficeOpen] = useState(false);
  const query = useUnit(unitId);
  if (!query.data)
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;
  const { unit, children } = query.data;
  const parent = unit.parentId ? units.get(unit.parentId) : undefined;
  const sortedChildren = [...children].sort(
    (a, b) => a.sortOrder - b.sortOrder || compareVietnamese(a.fullName, b.fullName),
  );
  const manage = can('unit.manage', unit.id);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="unit-detail-title">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {UNITS.detailTitle}
        </Text>
        <Title order={2} size="h3" id="unit-detail-title">
          {unit.fullName}
        </Title>
        <Group gap="xs">
          {unit.isDemo && <Tag tone="orange">{UNITS.demo}</Tag>}
          {(unit.isFormer || unit.kind === 'former') && <Tag tone="grape">{UNITS.former}</Tag>}
        </Group>
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>{UNITS.fieldKind}</Table.Th>
              <Table.Td>{UNIT_KIND_LABELS[unit.kind]}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{UNITS.fieldTypeLabel}</Table.Th>
              <Table.Td>{unit.typeLabel}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{UNITS.fieldCode}</Table.Th>
              <Table.Td>{unit.officialCode ?? UNITS.noCode}</Table.Td>
            </Table.Tr>
            {parent && (
              <Table.Tr>
                <Table.Th>{UNITS.fieldParent}</Table.Th>
                <Table.Td>{parent.fullName}</Table.Td>
              </Table.Tr>
            )}
            {unit.office && (
              <>
                <Table.Tr>
                  <Table.Th>{UNITS.fieldCouncil}</Table.Th>
                  <Table.Td>{unit.office.hasCouncil ? UNITS.councilYes : UNITS.councilNo}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{UNITS.fieldOffice}</Table.Th>
                  <Table.Td>
                    {unit.office.officeName}
                    {!unit.office.custom && (
                      <Text span size="sm" c="dimmed">{` ${UNITS.officeDefault}`}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              </>
            )}
          </Table.Tbody>
        </Table>
        {(manage || can('conference.read', unit.id)) && (
          <Group gap="xs">
            {manage && (
              <Button variant="default" onClick={() => setForm({ mode: 'edit', unit })}>
                {UNITS.edit}
              </Button>
            )}
            {manage && unit.office && (
              <Button variant="default" onClick={() => setOfficeOpen(true)} title={UNITS.officeHint}>
                {UNITS.editOffice}
              </Button>
            )}
            {manage && unit.kind !== 'former' && (
              <Button variant="default" onClick={() => setForm({ mode: 'create', parent: unit })}>
                {UNITS.addChild}
              </Button>
            )}
            {can('conference.read', unit.id) && (
              <Button component={Link} to={`/conferences?unitId=${unit.id}`} variant="light">
                {UNITS.conferences}
              </Button>
            )}
          </Group>
        )}
        <Title order={3} size="h4" mt="sm">
          {UNITS.children} ({children.length})
        </Title>
        {children.length === 0 ? (
          <Text c="dimmed">{UNITS.noChildren}</Text>
        ) : (
          <>
            <Group gap="xs">
              {countByKind(children).map(([kind, n]) => (
                <Tag key={kind} tone="brand">
                  {UNIT_KIND_LABELS[kind]}: {n}
                </Tag>
              ))}
            </Group>
            <List spacing={4}>
              {sortedChildren.map((c) => (
                <List.Item key={c.id}>
                  {c.inScope ? (
                    <Anchor component={Link} to={`/units/${c.id}`}>
                      {c.fullName}
                    </Anchor>
                  ) : (
                    <span className="vd-unit-out-of-scope">{c.fullName}</span>
                  )}
                  {c.officialCode && (
                    <Text span size="sm" c="dimmed">{` — ${UNITS.code(c.officialCode)}`}</Text>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
      <UnitFormModal target={form} onClose={() => setForm(null)} />
      <UnitOfficeModal unit={officeOpen ? unit : null} onClose={() => setOfficeOpen(false)} />
    </Paper>
  );
}
