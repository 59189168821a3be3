import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { NominationRecord } from '../../../../shared/api/nominations.ts';
import { TextField } from '../../../components/form/fields.tsx';
import type { SectionProps } from './identity-fields.tsx';
import { FORM } from './labels.ts';

/**
 * CCCD and phone. A user who may not read them sees the stored numbers masked and the boxes empty:
 * left empty they stay as stored, a new number replaces them.
 */
export function PersonalFields({
  draft,
  set,
  errors,
  readOnly,
  saved,
}: SectionProps & { saved: NominationRecord | null }) {
  const masked = saved?.personalMasked ?? false;
  const hint = (text: readonly [string, string], stored: string | undefined) =>
    [text[0], masked && stored ? `${text[1]} ${FORM.personalStored(stored)}` : text[1]] as const;
  return (
    <Stack gap="sm">
      <Text size="sm">{FORM.personalWhy}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {draft.kind === 'individual' && (
          <TextField
            text={hint(FORM.citizenId, saved?.citizenId)}
            value={draft.citizenId}
            onChange={(citizenId) => set({ citizenId: citizenId.replace(/\s/g, '') })}
            error={errors.citizenId}
            readOnly={readOnly}
          />
        )}
        <TextField
          text={hint(FORM.phone, saved?.phone)}
          value={draft.phone}
          onChange={(phone) => set({ phone: phone.replace(/[\s.]/g, '') })}
          error={errors.phone}
          readOnly={readOnly}
        />
      </SimpleGrid>
    </Stack>
  );
}
