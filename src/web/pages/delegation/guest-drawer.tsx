import { Autocomplete, Button, Drawer, Group, Modal, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { type GuestInputBody, guestInputSchema } from '../../../shared/api/delegation.ts';
import { ApiError, type FieldProblem } from '../../api/client.ts';
import { delegateApi, delegationKeys } from '../../api/delegation.ts';
import { useReferenceLists } from '../../api/nominations.ts';
import { useSession } from '../../auth/session.tsx';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { LabelledSegments, OptionalNumber } from '../../components/form/choice-fields.tsx';
import { AreaField, TextField } from '../../components/form/fields.tsx';
import { checkWithSchema, problemsByPath } from '../../components/form/validation.ts';
import { FormActions } from '../../components/form-actions.tsx';
import { COMMON } from '../../components/labels.ts';
import { ReferenceMultiSelect, ReferenceSelect } from '../../components/reference-select.tsx';
import { reportSaveError } from '../../components/save-error.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { DEL } from './labels.ts';

const G = DEL.guest;

/** Nothing open, a new guest, or a guest (a candidate of source "guest") being edited. */
export type GuestTarget = { mode: 'new' } | { mode: 'edit'; candidate: DelegateCandidate } | null;

const EMPTY: GuestInputBody = {
  category: 'khach_moi',
  name: '',
  gender: null,
  birthYear: null,
  ethnicCode: null,
  position: '',
  nominatingUnitId: null,
  formerUnitName: '',
  fieldCode: null,
  sectorCode: null,
  directWorker: false,
  priorityAreas: [],
  achievements: '',
};

function inputOf(c: DelegateCandidate): GuestInputBody {
  return {
    category: c.category === 'lanh_dao' ? 'lanh_dao' : 'khach_moi',
    name: c.name,
    gender: c.gender,
    birthYear: c.birthYear,
    ethnicCode: c.ethnicCode,
    position: c.position,
    nominatingUnitId: c.nominatingUnitId,
    formerUnitName: c.formerUnitName,
    fieldCode: c.fieldCode,
    sectorCode: c.sectorCode,
    directWorker: c.directWorker,
    priorityAreas: c.priorityAreas,
    achievements: c.achievements,
  };
}

/** A guest or leader in a panel from the right (the whole screen on a phone): add, edit or delete. */
export function GuestDrawer({
  conferenceId,
  conferenceUnitId,
  target,
  onClose,
}: {
  conferenceId: string;
  conferenceUnitId: string;
  target: GuestTarget;
  onClose: () => void;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const title = target?.mode === 'edit' ? G.titleEdit(target.candidate.name) : G.titleNew;
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 640}
      title={title}
      closeButtonProps={{ 'aria-label': G.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {target && (
        <GuestForm
          key={target.mode === 'edit' ? target.candidate.id : 'new'}
          conferenceId={conferenceId}
          conferenceUnitId={conferenceUnitId}
          target={target}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function GuestForm({
  conferenceId,
  conferenceUnitId,
  target,
  onClose,
}: {
  conferenceId: string;
  conferenceUnitId: string;
  target: Exclude<GuestTarget, null>;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const reference = useReferenceLists().data;
  const { units } = useSession();
  const editing = target.mode === 'edit' ? target.candidate : null;
  const [draft, setDraft] = useState<GuestInputBody>(editing ? inputOf(editing) : EMPTY);
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [asking, setAsking] = useState(false);
  const set = (patch: Partial<GuestInputBody>) => setDraft((d) => ({ ...d, ...patch }));

  // Editing and deleting carry the version the user loaded.
  const guests = useQuery({
    queryKey: delegationKeys.guests(conferenceId),
    queryFn: () => delegateApi.guests(conferenceId),
    enabled: editing !== null,
    staleTime: 0,
  });
  // Only a fresh answer counts: a version cached from before this user's last save is already old.
  const version =
    editing && !guests.isFetching ? guests.data?.guests.find((g) => g.id === editing.id)?.version : undefined;

  const unitChoices = useMemo(() => {
    const inside = (id: string) => {
      for (let u = units.get(id); u; u = u.parentId ? units.get(u.parentId) : undefined)
        if (u.id === conferenceUnitId) return true;
      return false;
    };
    return [...units.values()].filter((u) => !u.isFormer && inside(u.id));
  }, [units, conferenceUnitId]);
  const formerNames = useMemo(
    () =>
      [...new Set([...units.values()].filter((u) => u.isFormer).map((u) => u.fullName))].sort(
        compareVietnamese,
      ),
    [units],
  );

  const liveProblems = attempted ? checkWithSchema(guestInputSchema, draft) : [];
  const errors = problemsByPath(liveProblems.length > 0 ? liveProblems : serverProblems);

  const done = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: delegationKeys.delegation(conferenceId) });
    void queryClient.invalidateQueries({ queryKey: delegationKeys.guests(conferenceId) });
    notifications.show({ color: 'teal', message });
    onClose();
  };
  const conflict = async () => {
    notifications.show({ color: 'red', title: DEL.failed, message: G.conflict });
    await queryClient.invalidateQueries({ queryKey: delegationKeys.delegation(conferenceId) });
    onClose();
  };
  const save = useMutation({
    mutationFn: () =>
      editing
        ? delegateApi.updateGuest(conferenceId, editing.id, { ...draft, version: version ?? 0 })
        : delegateApi.createGuest(conferenceId, draft),
    onSuccess: () => done(G.saved),
    onError: (error) => reportSaveError(error, { onConflict: conflict, onProblems: setServerProblems }),
  });
  const remove = useMutation({
    mutationFn: () => delegateApi.removeGuest(conferenceId, editing?.id ?? '', version ?? 0),
    onSuccess: () => done(G.removed),
    onError: (error) => {
      if (!(error instanceof ApiError && error.isConflict)) return;
      setAsking(false);
      void conflict();
    },
  });

  const blocked = editing !== null && version === undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setServerProblems([]);
    if (checkWithSchema(guestInputSchema, draft).length > 0 || blocked) return;
    save.mutate();
  }

  const generalProblem = serverProblems.find((p) => p.path === '');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <LabelledSegments
          label={G.category}
          value={draft.category}
          data={[
            { value: 'khach_moi', label: G.categories.khach_moi },
            { value: 'lanh_dao', label: G.categories.lanh_dao },
          ]}
          onChange={(category) => set({ category })}
          readOnly={false}
        />
        <TextField
          text={G.name}
          value={draft.name}
          onChange={(name) => set({ name })}
          error={errors.name}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LabelledSegments
            label={G.gender}
            value={draft.gender ?? 'none'}
            data={[
              { value: 'nam', label: G.genders.nam },
              { value: 'nu', label: G.genders.nu },
              { value: 'none', label: G.genders.none },
            ]}
            onChange={(g) => set({ gender: g === 'none' ? null : g })}
            readOnly={false}
            error={errors.gender}
          />
          <OptionalNumber
            text={G.birthYear}
            value={draft.birthYear}
            onChange={(birthYear) => set({ birthYear })}
            error={errors.birthYear}
            min={1900}
            max={2100}
          />
        </SimpleGrid>
        <ReferenceSelect
          items={reference?.ethnic}
          label={G.ethnic}
          value={draft.ethnicCode}
          onChange={(ethnicCode) => set({ ethnicCode })}
          error={errors.ethnicCode}
          clearable
        />
        <AreaField
          text={G.position}
          value={draft.position}
          onChange={(position) => set({ position })}
          error={errors.position}
        />
        <UnitSelect
          units={unitChoices}
          label={G.unit[0]}
          description={G.unit[1]}
          value={draft.nominatingUnitId}
          onChange={(nominatingUnitId) => set({ nominatingUnitId })}
          error={errors.nominatingUnitId}
          clearable
        />
        <Autocomplete
          label={G.formerUnit[0]}
          description={G.formerUnit[1]}
          data={formerNames}
          value={draft.formerUnitName}
          onChange={(formerUnitName) => set({ formerUnitName })}
          error={errors.formerUnitName}
          limit={30}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ReferenceSelect
            items={reference?.field}
            label={G.field}
            value={draft.fieldCode}
            onChange={(fieldCode) => set({ fieldCode })}
            error={errors.fieldCode}
            clearable
          />
          <ReferenceSelect
            items={reference?.sector}
            label={G.sector}
            value={draft.sectorCode}
            onChange={(sectorCode) => set({ sectorCode })}
            error={errors.sectorCode}
            clearable
          />
        </SimpleGrid>
        <Switch
          label={G.directWorker}
          checked={draft.directWorker}
          onChange={(e) => set({ directWorker: e.currentTarget.checked })}
        />
        <ReferenceMultiSelect
          items={reference?.priority}
          label={G.priority}
          value={draft.priorityAreas}
          onChange={(priorityAreas) => set({ priorityAreas })}
          error={errors.priorityAreas}
          clearable
        />
        <AreaField
          text={G.achievements}
          value={draft.achievements}
          onChange={(achievements) => set({ achievements })}
          error={errors.achievements}
        />
        {generalProblem && <ApiErrorAlert error={new Error(generalProblem.message)} />}
        {blocked && <ApiErrorAlert error={guests.error} />}
        <Group justify="space-between" gap="xs">
          {editing ? (
            <Button variant="subtle" c="red.9" onClick={() => setAsking(true)} disabled={blocked}>
              {G.remove}
            </Button>
          ) : (
            <span />
          )}
          <FormActions submitLabel={G.save} pending={save.isPending} onCancel={onClose} />
        </Group>
      </Stack>
      <Modal opened={asking} onClose={() => setAsking(false)} title={G.removeTitle} centered>
        <Text>{G.removeText(draft.name)}</Text>
        <ApiErrorAlert error={remove.error} />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setAsking(false)}>
            {COMMON.cancel}
          </Button>
          <Button color="red.9" onClick={() => remove.mutate()} loading={remove.isPending}>
            {G.removeConfirm}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
