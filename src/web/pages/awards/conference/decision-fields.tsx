import { Autocomplete, Select, SimpleGrid, Stack } from '@mantine/core';
import { DateField, TextField } from '../../../components/form/fields.tsx';
import { StringListEditor } from '../../../components/form/string-list-editor.tsx';
import { AW } from '../labels.ts';
import { type DecisionDraft, SIGNER_TITLES, SIGNING_PREFIXES } from './decision-draft.ts';

const F = AW.decisionFields;
const NONE = '__none__';

/** Number, date, signer, căn cứ, fund and executors of a draft decision; read-only once approved. */
export function DecisionFields({
  draft,
  set,
  errors,
  readOnly,
}: {
  draft: DecisionDraft;
  set: (patch: Partial<DecisionDraft>) => void;
  errors: Readonly<Record<string, string>>;
  readOnly: boolean;
}) {
  const prefixes = [...new Set([...SIGNING_PREFIXES, draft.signingPrefix])].map((p) => ({
    value: p === '' ? NONE : p,
    label: F.prefixLabel(p),
  }));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextField
          text={F.number}
          value={draft.decisionNumber}
          onChange={(v) => set({ decisionNumber: v })}
          readOnly={readOnly}
          error={errors.decisionNumber}
        />
        <TextField
          text={F.symbol}
          value={draft.symbol}
          onChange={(v) => set({ symbol: v })}
          readOnly={readOnly}
          error={errors.symbol}
          required
        />
        <DateField
          text={F.date}
          value={draft.decisionDate}
          onChange={(v) => set({ decisionDate: v })}
          readOnly={readOnly}
          error={errors.decisionDate}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={F.prefix[0]}
          description={F.prefix[1]}
          data={prefixes}
          value={draft.signingPrefix === '' ? NONE : draft.signingPrefix}
          onChange={(v) => set({ signingPrefix: v === null || v === NONE ? '' : v })}
          readOnly={readOnly}
          allowDeselect={false}
        />
        <Autocomplete
          label={F.signerTitle[0]}
          description={F.signerTitle[1]}
          data={[...SIGNER_TITLES]}
          value={draft.signerTitle}
          onChange={(v) => set({ signerTitle: v })}
          readOnly={readOnly}
          error={errors.signerTitle}
        />
        <TextField
          text={F.signerName}
          value={draft.signerName}
          onChange={(v) => set({ signerName: v })}
          readOnly={readOnly}
          error={errors.signerName}
        />
      </SimpleGrid>
      <StringListEditor
        text={F.bases}
        itemLabel={F.basis}
        items={draft.bases}
        onChange={(bases) => set({ bases })}
        path="bases"
        errors={errors}
        readOnly={readOnly}
      />
      <TextField
        text={F.fund}
        value={draft.fundSource}
        onChange={(v) => set({ fundSource: v })}
        readOnly={readOnly}
        error={errors.fundSource}
      />
      <StringListEditor
        text={F.executors}
        itemLabel={F.executor}
        items={draft.executors}
        onChange={(executors) => set({ executors })}
        path="executors"
        errors={errors}
        readOnly={readOnly}
      />
    </Stack>
  );
}
