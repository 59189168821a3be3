import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';
import { type NominationConference, useNominationConferences } from '../../api/nominations.ts';
import { formatDate } from '../../components/format.ts';
import { NotFound } from '../../components/not-found.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { NOM } from './labels.ts';
import { NominationsPanel } from './nominations-panel.tsx';

function ConferenceHeading({ conference: c, level }: { conference: NominationConference; level: 1 | 2 }) {
  return (
    <div>
      <Title order={level} size={level === 1 ? 'h2' : 'h4'}>
        {c.name}
      </Title>
      <Text fw={600} c="brand.9">
        {c.nameLine2}
      </Text>
      <Group gap="xs" mt={4}>
        <Text size="sm">{c.unitName}</Text>
        <Tag tone={c.role === 'organiser' ? 'grape' : 'gray'}>
          {c.role === 'organiser' ? NOM.roleOrganiser : NOM.roleNominator}
        </Tag>
        {c.deadline && <Tag tone="gold">{NOM.deadline(formatDate(c.deadline))}</Tag>}
      </Group>
    </div>
  );
}

/** "Đề cử": the conferences open to the user; with only one (a nominating unit's usual case) it opens at once. */
export function NominationsHomePage() {
  const query = useNominationConferences();
  if (!query.data)
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;
  const conferences = query.data.conferences;
  if (conferences.length === 1) return <ConferenceNominations conference={conferences[0]} />;
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {NOM.title}
        </Title>
        <Text c="dimmed">{NOM.intro}</Text>
      </div>
      {conferences.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{NOM.noConferences}</Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" p={0} m={0} aria-label={NOM.conferencesLabel}>
          {conferences.map((c) => (
            <Paper key={c.id} withBorder p="md" component="li" style={{ listStyle: 'none' }}>
              <Stack gap="sm">
                <ConferenceHeading conference={c} level={2} />
                <Button
                  component={Link}
                  to={`/nominations/${c.id}`}
                  w="fit-content"
                  aria-label={`${NOM.open}: ${c.unitName}`}
                >
                  {NOM.open}
                </Button>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** /nominations/:conferenceId — one conference's nominations, as organiser or as a nominating unit. */
export function NominationsConferencePage() {
  const { conferenceId = '' } = useParams();
  const query = useNominationConferences();
  if (!query.data)
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;
  const conference = query.data.conferences.find((c) => c.id === conferenceId);
  if (!conference) return <NotFound />;
  return <ConferenceNominations conference={conference} withBack={query.data.conferences.length > 1} />;
}

function ConferenceNominations({
  conference,
  withBack,
}: {
  conference: NominationConference;
  withBack?: boolean;
}) {
  return (
    <Stack gap="md">
      {withBack && (
        <Anchor component={Link} to="/nominations" size="sm">
          ← {NOM.back}
        </Anchor>
      )}
      <Text fw={700} c="dimmed" size="sm" tt="uppercase">
        {NOM.title}
      </Text>
      <ConferenceHeading conference={conference} level={1} />
      <NominationsPanel key={conference.id} conference={conference} />
    </Stack>
  );
}

/** The address notifications link to: opens the nomination in its conference's list. */
export function NominationLinkRedirect() {
  const { conferenceId = '', nominationId = '' } = useParams();
  return <Navigate to={`/nominations/${conferenceId}?open=${nominationId}`} replace />;
}
