import { Button, Group, Paper, Progress, Text } from '@mantine/core';
import type { NominationListQuery } from '../../../shared/api/nominations.ts';
import { nominationApi } from '../../api/nominations.ts';
import { NOM } from './labels.ts';

interface Props {
  conferenceId: string;
  filters: NominationListQuery;
  canCreate: boolean;
  onAdd: (kind: 'individual' | 'collective') => void;
  onImport: () => void;
  /** Drafts on screen that are complete and passed their vote. */
  submittable: number;
  onSubmitAll: () => void;
  busy: boolean;
  /** Set for the organiser: opens the thresholds dialog. */
  onSettings?: () => void;
}

/** Add, Excel template, import, export, thresholds and "Gửi tất cả", above the list. */
export function PanelToolbar(props: Props) {
  const { conferenceId, filters, canCreate, onAdd, onImport, submittable } = props;
  return (
    <Group gap="xs">
      {canCreate && (
        <>
          <Button onClick={() => onAdd('individual')}>{NOM.addIndividual}</Button>
          <Button onClick={() => onAdd('collective')}>{NOM.addCollective}</Button>
          <Button component="a" href={nominationApi.templateUrl()} download variant="default">
            {NOM.template}
          </Button>
          <Button variant="default" onClick={onImport}>
            {NOM.import}
          </Button>
        </>
      )}
      <Button
        component="a"
        href={nominationApi.exportUrl(conferenceId, filters)}
        download
        variant="default"
        title={NOM.exportHint}
      >
        {NOM.export}
      </Button>
      {props.onSettings && (
        <Button variant="default" onClick={props.onSettings}>
          {NOM.settings.open}
        </Button>
      )}
      {submittable > 0 && (
        <Button variant="outline" onClick={props.onSubmitAll} disabled={props.busy}>
          {NOM.submitAll(submittable)}
        </Button>
      )}
    </Group>
  );
}

/**
 * Stays under the header while rows are chosen or a bulk action runs, so the action is in reach
 * wherever the user has scrolled to.
 */
export function BulkBar({
  selected,
  onAccept,
  onClear,
  progress,
}: {
  selected: number;
  onAccept: () => void;
  onClear: () => void;
  progress: { done: number; total: number } | null;
}) {
  if (selected === 0 && !progress) return null;
  return (
    <Paper withBorder shadow="sm" p="sm" className="vd-sticky-bar" bg="gold.0">
      {progress ? (
        <div role="status">
          <Text size="sm" fw={600}>
            {NOM.bulkProgress(progress.done, progress.total)}
          </Text>
          <Progress value={(100 * progress.done) / Math.max(1, progress.total)} aria-hidden="true" mt={4} />
        </div>
      ) : (
        <Group gap="sm">
          <Text fw={600}>{NOM.selectedCount(selected)}</Text>
          <Button onClick={onAccept}>{NOM.acceptSelected(selected)}</Button>
          <Button variant="default" onClick={onClear}>
            {NOM.clearSelection}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
