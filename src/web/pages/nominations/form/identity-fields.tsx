import { SimpleGrid, Stack } from '@mantine/core';
import type { NominationInputBody } from '../../../../shared/api/nominations.ts';
import type { ReferenceLists } from '../../../api/nominations.ts';
import { LabelledSegments, OptionalNumber } from '../../../components/form/choice-fields.tsx';
import { AreaField, TextField } from '../../../components/form/fields.tsx';
import { ReferenceSelect } from '../../../components/reference-select.tsx';
import { FORM } from './labels.ts';

export interface SectionProps {
  draft: NominationInputBody;
  set: (patch: Partial<NominationInputBody>) => void;
  errors: Readonly<Record<string, string>>;
  readOnly: boolean;
  reference: ReferenceLists | undefined;
}

/** Name and who the person or collective is; the fields follow the kind. */
export function IdentityFields({ draft, set, errors, readOnly, reference }: SectionProps) {
  const individual = draft.kind === 'individual';
  return (
    <Stack gap="sm">
      <TextField
        text={individual ? FORM.nameIndividual : FORM.nameCollective}
        value={draft.name}
        onChange={(name) => set({ name })}
        error={errors.name}
        readOnly={readOnly}
        required
      />
      {individual ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <LabelledSegments
              label={FORM.gender}
              value={draft.gender}
              data={[
                { value: 'nam', label: FORM.genderOptions.nam },
                { value: 'nu', label: FORM.genderOptions.nu },
              ]}
              onChange={(gender) => set({ gender })}
              readOnly={readOnly}
              error={errors.gender}
            />
            <OptionalNumber
              text={FORM.birthYear}
              value={draft.birthYear}
              onChange={(birthYear) => set({ birthYear })}
              min={1900}
              max={2100}
              error={errors.birthYear}
              readOnly={readOnly}
            />
          </SimpleGrid>
          <ReferenceSelect
            items={reference?.ethnic}
            label={FORM.ethnic[0]}
            description={FORM.ethnic[1]}
            value={draft.ethnicCode}
            onChange={(ethnicCode) => set({ ethnicCode })}
            error={errors.ethnicCode}
            readOnly={readOnly}
            clearable
          />
        </>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <OptionalNumber
              text={FORM.memberCount}
              value={draft.memberCount}
              onChange={(memberCount) => set({ memberCount })}
              min={1}
              error={errors.memberCount}
              readOnly={readOnly}
            />
            <TextField
              text={FORM.representative}
              value={draft.representativeName}
              onChange={(representativeName) => set({ representativeName })}
              error={errors.representativeName}
              readOnly={readOnly}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <LabelledSegments
              label={FORM.representativeGender}
              value={draft.representativeGender}
              data={[
                { value: 'nam', label: FORM.genderOptions.nam },
                { value: 'nu', label: FORM.genderOptions.nu },
              ]}
              onChange={(representativeGender) => set({ representativeGender })}
              readOnly={readOnly}
              error={errors.representativeGender}
            />
            <OptionalNumber
              text={FORM.representativeBirthYear}
              value={draft.representativeBirthYear}
              onChange={(representativeBirthYear) => set({ representativeBirthYear })}
              min={1900}
              max={2100}
              error={errors.representativeBirthYear}
              readOnly={readOnly}
            />
            <ReferenceSelect
              items={reference?.ethnic}
              label={FORM.representativeEthnic[0]}
              description={FORM.representativeEthnic[1]}
              value={draft.representativeEthnicCode}
              onChange={(representativeEthnicCode) => set({ representativeEthnicCode })}
              error={errors.representativeEthnicCode}
              readOnly={readOnly}
              clearable
            />
          </SimpleGrid>
        </>
      )}
      <AreaField
        text={individual ? FORM.positionIndividual : FORM.positionCollective}
        value={draft.position}
        onChange={(position) => set({ position })}
        error={errors.position}
        readOnly={readOnly}
      />
    </Stack>
  );
}
