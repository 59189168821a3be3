import { Box, Button, Checkbox, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDayMonthYear } from '../../../../core/vietnamese/dates.ts';
import type { LegalDocumentRecord } from '../../../../shared/api/legal-documents.ts';
import { ApiError } from '../../../api/client.ts';
import { legalDocumentApi, legalDocumentKeys, useLegalDocuments } from '../../../api/legal-documents.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { AreaField, DateField, TextField } from '../../../components/form/fields.tsx';
import { apiFieldError } from '../../../components/form/validation.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { Tag } from '../../../components/tag.tsx';
import { LEGAL } from './legal-labels.ts';

function validity(d: LegalDocumentRecord): string {
  const from = formatDayMonthYear(d.effectiveFrom);
  return d.effectiveTo ? LEGAL.fromTo(from, formatDayMonthYear(d.effectiveTo)) : LEGAL.from(from);
}

/** The laws and decrees decisions cite, newest first within each use; the city's administrator corrects them. */
export function LegalDocumentsTable({ canEdit }: { canEdit: boolean }) {
  const query = useLegalDocuments();
  const [editing, setEditing] = useState<LegalDocumentRecord | null>(null);
  const documents = query.data?.documents ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="legal-documents-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="legal-documents-title">
          {LEGAL.title}
        </Title>
        <Text size="sm" maw={960}>
          {LEGAL.intro}
        </Text>
        <Box style={{ overflowX: 'auto' }} tabIndex={0}>
          <Table striped withTableBorder miw={720} aria-label={LEGAL.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{LEGAL.colDocument}</Table.Th>
                <Table.Th w={200}>{LEGAL.colRole}</Table.Th>
                <Table.Th w={190}>{LEGAL.colValidity}</Table.Th>
                {canEdit && <Table.Th w={90}>{LEGAL.colEdit}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((d) => (
                <Table.Tr key={d.code}>
                  <Table.Td>
                    <Text size="sm">{d.citation}</Text>
                    {d.unverified.length > 0 && (
                      <Tag tone="orange">
                        {LEGAL.unverified(d.unverified.map((f) => LEGAL.fields[f]).join(', '))}
                      </Tag>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{LEGAL.roles[d.role]}</Text>
                    {d.amends && (
                      <Text size="xs" c="dimmed">
                        {LEGAL.amends}
                      </Text>
                    )}
                    {d.forms && (
                      <Text size="xs" c="dimmed">
                        {LEGAL.communeOnly}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{validity(d)}</Text>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={LEGAL.edit(d.number)}
                        onClick={() => setEditing(d)}
                      >
                        {LEGAL.colEdit}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={editing ? LEGAL.editTitle(editing.number) : ''}
      >
        {editing && <LegalDocumentForm key={editing.code} doc={editing} onClose={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}

function LegalDocumentForm({ doc, onClose }: { doc: LegalDocumentRecord; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [number, setNumber] = useState(doc.number);
  const [issuedOn, setIssuedOn] = useState<string | null>(doc.issuedOn);
  const [title, setTitle] = useState(doc.title);
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>(doc.effectiveFrom);
  const [effectiveTo, setEffectiveTo] = useState<string | null>(doc.effectiveTo);
  const [source, setSource] = useState(doc.source);
  const [verified, setVerified] = useState(doc.unverified.length === 0);
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      legalDocumentApi.update(doc.code, {
        version: doc.version,
        number,
        issuedOn: issuedOn ?? '',
        title,
        effectiveFrom: effectiveFrom ?? '',
        effectiveTo,
        source,
        verified,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: LEGAL.saved });
      await queryClient.invalidateQueries({ queryKey: legalDocumentKeys.all });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) setConflict(true);
    },
  });
  const fieldError = (name: string) => apiFieldError(mutation.error, name);
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextField
          text={LEGAL.number}
          value={number}
          onChange={setNumber}
          error={fieldError('number')}
          required
        />
        <DateField
          text={LEGAL.issuedOn}
          value={issuedOn}
          onChange={setIssuedOn}
          error={fieldError('issuedOn')}
        />
        <AreaField
          text={LEGAL.docTitle}
          value={title}
          onChange={setTitle}
          error={fieldError('title')}
          required
        />
        <DateField
          text={LEGAL.effectiveFrom}
          value={effectiveFrom}
          onChange={setEffectiveFrom}
          error={fieldError('effectiveFrom')}
        />
        <DateField
          text={LEGAL.effectiveTo}
          value={effectiveTo}
          onChange={setEffectiveTo}
          error={fieldError('effectiveTo')}
        />
        <AreaField text={LEGAL.source} value={source} onChange={setSource} error={fieldError('source')} />
        <Checkbox
          label={LEGAL.verified}
          checked={verified}
          onChange={(e) => setVerified(e.currentTarget.checked)}
        />
        {!(mutation.error instanceof ApiError && mutation.error.isConflict) && (
          <ApiErrorAlert error={mutation.error} />
        )}
        <FormActions submitLabel={LEGAL.save} pending={mutation.isPending} onCancel={onClose} />
      </Stack>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={async () => {
          setConflict(false);
          await queryClient.invalidateQueries({ queryKey: legalDocumentKeys.all });
          onClose();
        }}
      />
    </form>
  );
}
