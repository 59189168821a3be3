import { Anchor, Group, Paper, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { defaultPeriod } from '../../../core/awards/period.ts';
import { useConference } from '../../api/conferences.ts';
import { useSession } from '../../auth/session.tsx';
import { formatDateLong } from '../../components/format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { AwardsTab } from '../awards/conference/awards-tab.tsx';
import { StatusBadge } from '../conferences/conference-list-page.tsx';
import { DelegationTab } from '../delegation/delegation-tab.tsx';
import { NominationsPanel } from '../nominations/nominations-panel.tsx';
import { CONFERENCE } from './labels.ts';
import { PlanTab } from './plan-tab.tsx';

const UPCOMING = (
  Object.entries(CONFERENCE.upcoming) as Array<
    [keyof typeof CONFERENCE.upcoming, { tab: string; text: string }]
  >
).filter(([key]) => key !== 'nominations' && key !== 'delegates');

/** One conference: its name, and a tab per part of the work (only the plan is built so far). */
export function ConferencePage() {
  const { conferenceId = '' } = useParams();
  const { can, units } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'plan';
  // The delegation tab loads a lot; it starts when first opened and then keeps its unsaved changes.
  const [delegatesOpened, setDelegatesOpened] = useState(tab === 'delegates');
  if (tab === 'delegates' && !delegatesOpened) setDelegatesOpened(true);
  const [awardsOpened, setAwardsOpened] = useState(tab === 'awards');
  if (tab === 'awards' && !awardsOpened) setAwardsOpened(true);
  const query = useConference(conferenceId);
  const conference = query.data;
  if (!conference)
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;
  const unit = units.get(conference.unitId);
  const showNominations =
    can('nomination.review', conference.unitId) || can('nomination.submit', conference.unitId);
  const showDelegates = can('conference.read', conference.unitId);
  const showAwards = showDelegates || can('nomination.review', conference.unitId);

  return (
    <Stack gap="md">
      <div className="vd-no-print">
        <Anchor component={Link} to="/conferences" size="sm">
          ← {CONFERENCE.back}
        </Anchor>
        <Title order={1} size="h2" mt={4}>
          {conference.name}
        </Title>
        <Text fw={600} c="brand.9">
          {conference.nameLine2}
        </Text>
        <Group gap="xs" mt={4}>
          {unit && (
            <Text size="sm">
              {CONFERENCE.unit}: {unit.fullName}
            </Text>
          )}
          <Tag tone="gray">
            {CONFERENCE.year} {conference.year}
          </Tag>
          <StatusBadge status={conference.status} />
        </Group>
        <Group gap="lg" mt={4}>
          <Text size="sm">
            {CONFERENCE.sessionDate}:{' '}
            {conference.session.date ? formatDateLong(conference.session.date) : CONFERENCE.notSet}
          </Text>
          <Text size="sm">
            {CONFERENCE.deadline}:{' '}
            {conference.deadline ? formatDateLong(conference.deadline) : CONFERENCE.notSet}
          </Text>
        </Group>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'plan' ? { tab: value } : {}, { replace: true })}
      >
        <Tabs.List aria-label={CONFERENCE.tabsLabel} className="vd-no-print">
          <Tabs.Tab value="plan" fw={700}>
            {CONFERENCE.tabPlan}
          </Tabs.Tab>
          {showNominations && (
            <Tabs.Tab value="nominations" fw={700}>
              {CONFERENCE.tabNominations}
            </Tabs.Tab>
          )}
          {showDelegates && (
            <Tabs.Tab value="delegates" fw={700}>
              {CONFERENCE.tabDelegates}
            </Tabs.Tab>
          )}
          {showAwards && (
            <Tabs.Tab value="awards" fw={700}>
              {CONFERENCE.tabAwards}
            </Tabs.Tab>
          )}
          {UPCOMING.map(([key, item]) => (
            <Tooltip key={key} label={CONFERENCE.later} openDelay={300}>
              <Tabs.Tab value={key} c="gray.8">
                {item.tab}
              </Tabs.Tab>
            </Tooltip>
          ))}
        </Tabs.List>
        <Tabs.Panel value="plan" pt="md">
          <PlanTab
            key={conference.id}
            conference={conference}
            canEdit={can('conference.manage', conference.unitId)}
          />
        </Tabs.Panel>
        {showNominations && (
          <Tabs.Panel value="nominations" pt="md">
            <NominationsPanel
              conference={{
                id: conference.id,
                unitId: conference.unitId,
                role: can('nomination.review', conference.unitId) ? 'organiser' : 'nominator',
              }}
            />
          </Tabs.Panel>
        )}
        {showDelegates && (
          <Tabs.Panel value="delegates" pt="md">
            {delegatesOpened && (
              <DelegationTab conference={{ id: conference.id, unitId: conference.unitId }} />
            )}
          </Tabs.Panel>
        )}
        {showAwards && (
          <Tabs.Panel value="awards" pt="md">
            {awardsOpened && (
              <AwardsTab
                conference={{
                  id: conference.id,
                  unitId: conference.unitId,
                  year: conference.year,
                  period: defaultPeriod(conference),
                }}
              />
            )}
          </Tabs.Panel>
        )}
        {UPCOMING.map(([key, item]) => (
          <Tabs.Panel key={key} value={key} pt="md">
            <Paper withBorder p="lg" maw={720}>
              <Title order={2} size="h4">
                {item.tab}: {CONFERENCE.upcomingTitle}
              </Title>
              <Text mt="sm">{item.text}</Text>
            </Paper>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
