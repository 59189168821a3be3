import { Anchor, Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { NominationRecord } from '../../../../shared/api/nominations.ts';
import { nominationApi, nominationKeys } from '../../../api/nominations.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { FORM } from './labels.ts';

const MINUTES_ACCEPT =
  'application/pdf,image/*,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.docx';

interface Props {
  /** The saved nomination; files attach to a saved record only. */
  saved: NominationRecord | null;
  readOnly: boolean;
}

/** Photo with its preview, and the minutes of the grassroots vote. */
export function AttachmentFields({ saved, readOnly }: Props) {
  const queryClient = useQueryClient();
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: ({ kind, file }: { kind: 'photo' | 'minutes'; file: File }) =>
      kind === 'photo'
        ? nominationApi.uploadPhoto(saved?.id ?? '', file)
        : nominationApi.uploadMinutes(saved?.id ?? '', file),
    onSuccess: async (record) => {
      notifications.show({ color: 'teal', message: FORM.uploadDone });
      // The form follows the cached record (new version, new file ids); the list shows the photo.
      queryClient.setQueryData(nominationKeys.detail(record.id), record);
      await queryClient.invalidateQueries({ queryKey: nominationKeys.lists(record.conferenceId) });
    },
  });

  if (!saved) return <Text size="sm">{FORM.saveFirst}</Text>;

  function choosePhoto(file: File | null) {
    if (!file) return;
    if (!file.type.startsWith('image/')) return setPhotoProblem(FORM.photoNotImage);
    setPhotoProblem(null);
    upload.mutate({ kind: 'photo', file });
  }

  const minutesId = saved.vote?.minutesFileId ?? null;
  const pending = upload.isPending ? upload.variables?.kind : null;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="sm">
          <Text fw={600}>{FORM.photo}</Text>
          <Text size="xs" c="dimmed" mb="xs">
            {FORM.photoHint}
          </Text>
          {saved.photoFileId ? (
            <Image
              src={nominationApi.fileUrl(saved.photoFileId)}
              alt={FORM.photoAlt(saved.name)}
              h={160}
              w="auto"
              fit="contain"
              radius="sm"
              mb="xs"
            />
          ) : (
            <Text size="sm" mb="xs">
              {FORM.photoNone}
            </Text>
          )}
          {!readOnly && (
            <FileButton onChange={choosePhoto} accept="image/*">
              {(props) => (
                <Button {...props} variant="default" size="sm" loading={pending === 'photo'}>
                  {saved.photoFileId ? FORM.photoReplace : FORM.photoChoose}
                </Button>
              )}
            </FileButton>
          )}
          {photoProblem && (
            <Text size="sm" c="red.9" mt={4} role="alert">
              {photoProblem}
            </Text>
          )}
        </Paper>
        <Paper withBorder p="sm">
          <Text fw={600}>{FORM.minutes}</Text>
          <Text size="xs" c="dimmed" mb="xs">
            {FORM.minutesHint}
          </Text>
          {minutesId ? (
            <Anchor href={nominationApi.fileUrl(minutesId)} target="_blank" rel="noopener" size="sm">
              {FORM.minutesView}
            </Anchor>
          ) : (
            <Text size="sm">{saved.vote ? FORM.minutesNone : FORM.minutesNeedsVote}</Text>
          )}
          {!readOnly && saved.vote && (
            <Group mt="xs">
              <FileButton
                onChange={(file) => file && upload.mutate({ kind: 'minutes', file })}
                accept={MINUTES_ACCEPT}
              >
                {(props) => (
                  <Button {...props} variant="default" size="sm" loading={pending === 'minutes'}>
                    {minutesId ? FORM.minutesReplace : FORM.minutesChoose}
                  </Button>
                )}
              </FileButton>
            </Group>
          )}
        </Paper>
      </SimpleGrid>
      <ApiErrorAlert error={upload.error} />
    </Stack>
  );
}
