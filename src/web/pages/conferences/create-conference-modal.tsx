import { Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Unit } from '../../../shared/api/units.ts';
import { conferenceKeys } from '../../api/conferences.ts';
import { api } from '../../api/endpoints.ts';
import { useTemplates } from '../../api/templates.ts';
import { useSession } from '../../auth/session.tsx';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { UnitSelect } from '../../components/unit-select.tsx';
import { CONFERENCES } from './labels.ts';

const ORGANISER_KINDS = new Set<Unit['kind']>(['commune', 'city_agency']);

/** Picks the organising unit (default: the user's own) and a template, creates, and opens the conference. */
export function CreateConferenceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { units, homeUnitId, can } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useTemplates({
    enabled: opened,
    retry: false,
  });

  const organisers = useMemo(
    () =>
      [...units.values()].filter(
        (u) => u.inScope && ORGANISER_KINDS.has(u.kind) && can('conference.manage', u.id),
      ),
    [units, can],
  );
  const defaultUnit = useMemo(() => {
    const ids = new Set(organisers.map((u) => u.id));
    for (let id: string | null = homeUnitId; id; id = units.get(id)?.parentId ?? null)
      if (ids.has(id)) return id;
    return organisers.length === 1 ? organisers[0].id : null;
  }, [organisers, homeUnitId, units]);

  const [unitId, setUnitId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [missingUnit, setMissingUnit] = useState(false);
  const chosenUnit = unitId ?? defaultUnit;
  const templateList = templates.data?.templates ?? [];
  const chosenTemplate =
    templateId ?? templateList.find((t) => t.isDefault)?.id ?? templateList[0]?.id ?? null;

  const mutation = useMutation({
    mutationFn: (body: { unitId: string; templateId?: string }) => api.conferences.create(body),
    onSuccess: async (conference) => {
      notifications.show({ color: 'teal', message: CONFERENCES.created });
      await queryClient.invalidateQueries({ queryKey: conferenceKeys.lists });
      onClose();
      navigate(`/conferences/${conference.id}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosenUnit) return setMissingUnit(true);
    setMissingUnit(false);
    mutation.mutate({ unitId: chosenUnit, ...(chosenTemplate ? { templateId: chosenTemplate } : {}) });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={CONFERENCES.modalTitle} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{CONFERENCES.modalIntro}</Text>
          <UnitSelect
            units={organisers}
            label={CONFERENCES.unit}
            description={CONFERENCES.unitHint}
            value={chosenUnit}
            onChange={setUnitId}
            error={missingUnit ? CONFERENCES.noUnit : undefined}
            required
            comboboxProps={{ withinPortal: true }}
          />
          {templateList.length > 0 && (
            <Select
              label={CONFERENCES.template}
              description={CONFERENCES.templateHint}
              data={templateList.map((t) => ({
                value: t.id,
                label: `${t.title}${t.isDefault ? ` ${CONFERENCES.templateDefault}` : ''}`,
              }))}
              value={chosenTemplate}
              onChange={setTemplateId}
              allowDeselect={false}
            />
          )}
          <ApiErrorAlert error={mutation.error} />
          <FormActions submitLabel={CONFERENCES.submit} pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
