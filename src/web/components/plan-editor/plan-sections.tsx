import { SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import type { ConferencePlan, Signature } from '../../../core/conference/types.ts';
import { EditorSection } from '../form/editor-section.tsx';
import { AreaField, DateField, TextField } from '../form/fields.tsx';
import { StringListEditor } from '../form/string-list-editor.tsx';
import { AssignmentsEditor } from './assignments-editor.tsx';
import { KeyContentsEditor } from './key-contents-editor.tsx';
import { PLAN } from './labels.ts';

export interface PlanSectionsProps {
  plan: ConferencePlan;
  onPlan: (patch: Partial<ConferencePlan>) => void;
  errors: Readonly<Record<string, string>>;
  /** Where the plan sits in error paths: "plan" for a conference, "body.plan" for a template. */
  prefix: string;
  readOnly?: boolean;
  /** "Thông tin chung": the conference's or the template's own fields. */
  general: ReactNode;
  /** Time, place and figures of section II, between "Hình thức" and "Thành phần". */
  sessionFields: ReactNode;
}

/** Every part of the Kế hoạch in document order; used by the conference and the template editors. */
export const PlanSections = memo(function PlanSections({
  plan,
  onPlan,
  errors,
  prefix,
  readOnly,
  general,
  sessionFields,
}: PlanSectionsProps) {
  const e = (field: string) => errors[`${prefix}.${field}`];
  const list = (field: keyof ConferencePlan) => ({
    items: plan[field] as string[],
    onChange: (items: string[]) => onPlan({ [field]: items }),
    path: `${prefix}.${field}`,
    errors,
    readOnly,
  });
  const sign = (patch: Partial<Signature>) => onPlan({ signature: { ...plan.signature, ...patch } });
  return (
    <Stack gap="md">
      <EditorSection id="muc-thong-tin-chung" title={PLAN.sections.general}>
        {general}
      </EditorSection>
      {!readOnly && (
        <Text size="sm" c="dimmed">
          {PLAN.emphasisHint}
        </Text>
      )}
      <EditorSection id="muc-van-ban" title={PLAN.sections.document}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField
            text={PLAN.documentNumber}
            value={plan.documentNumber}
            onChange={(v) => onPlan({ documentNumber: v })}
            error={e('documentNumber')}
            readOnly={readOnly}
          />
          <TextField
            text={PLAN.documentSymbol}
            value={plan.documentSymbol}
            onChange={(v) => onPlan({ documentSymbol: v })}
            error={e('documentSymbol')}
            readOnly={readOnly}
            required
          />
          <DateField
            text={PLAN.issuedDate}
            value={plan.issuedDate}
            onChange={(v) => onPlan({ issuedDate: v })}
            error={e('issuedDate')}
            readOnly={readOnly}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField
            text={PLAN.place}
            value={plan.place}
            onChange={(v) => onPlan({ place: v })}
            error={e('place')}
            readOnly={readOnly}
            required
          />
          <TextField
            text={PLAN.parentBody}
            value={plan.parentBody}
            onChange={(v) => onPlan({ parentBody: v })}
            error={e('parentBody')}
            readOnly={readOnly}
          />
          <TextField
            text={PLAN.issuingBody}
            value={plan.issuingBody}
            onChange={(v) => onPlan({ issuingBody: v })}
            error={e('issuingBody')}
            readOnly={readOnly}
            required
          />
        </SimpleGrid>
        <AreaField
          text={PLAN.title}
          value={plan.title}
          onChange={(v) => onPlan({ title: v })}
          error={e('title')}
          readOnly={readOnly}
          required
        />
        <AreaField
          text={PLAN.basis}
          value={plan.basis}
          onChange={(v) => onPlan({ basis: v })}
          error={e('basis')}
          readOnly={readOnly}
        />
      </EditorSection>
      <EditorSection id="muc-muc-dich" title={PLAN.sections.purposes}>
        <StringListEditor
          text={PLAN.purposes}
          itemLabel={PLAN.purposeItem}
          min={1}
          max={20}
          {...list('purposes')}
        />
      </EditorSection>
      <EditorSection id="muc-thanh-phan" title={PLAN.sections.session}>
        <AreaField
          text={PLAN.form}
          value={plan.form}
          onChange={(v) => onPlan({ form: v })}
          error={e('form')}
          readOnly={readOnly}
          required
        />
        {sessionFields}
        <AreaField
          text={PLAN.composition}
          value={plan.composition}
          onChange={(v) => onPlan({ composition: v })}
          error={e('composition')}
          readOnly={readOnly}
          required
        />
        <StringListEditor
          text={PLAN.compositionNotes}
          itemLabel={PLAN.compositionNoteItem}
          max={20}
          {...list('compositionNotes')}
        />
      </EditorSection>
      <EditorSection id="muc-chuong-trinh" title={PLAN.sections.program}>
        <StringListEditor
          text={PLAN.programItems}
          itemLabel={PLAN.programItem}
          min={1}
          max={30}
          {...list('programItems')}
        />
      </EditorSection>
      <EditorSection id="muc-hoat-dong" title={PLAN.sections.activities}>
        <StringListEditor
          text={PLAN.activities}
          itemLabel={PLAN.activityItem}
          max={20}
          {...list('activities')}
        />
      </EditorSection>
      <EditorSection id="muc-trong-tam" title={PLAN.sections.keyContents}>
        <KeyContentsEditor
          items={plan.keyContents}
          onChange={(keyContents) => onPlan({ keyContents })}
          path={`${prefix}.keyContents`}
          errors={errors}
          readOnly={readOnly}
        />
      </EditorSection>
      <EditorSection id="muc-to-chuc" title={PLAN.sections.assignments}>
        <AssignmentsEditor
          items={plan.assignments}
          onChange={(assignments) => onPlan({ assignments })}
          path={`${prefix}.assignments`}
          errors={errors}
          readOnly={readOnly}
        />
      </EditorSection>
      <EditorSection id="muc-doan-ket" title={PLAN.sections.closing}>
        <AreaField
          text={PLAN.closing}
          value={plan.closing}
          onChange={(v) => onPlan({ closing: v })}
          error={e('closing')}
          readOnly={readOnly}
        />
      </EditorSection>
      <EditorSection id="muc-noi-nhan" title={PLAN.sections.recipients}>
        <StringListEditor
          text={PLAN.recipients}
          itemLabel={PLAN.recipient}
          min={1}
          max={30}
          {...list('recipients')}
        />
      </EditorSection>
      <EditorSection id="muc-chu-ky" title={PLAN.sections.signature}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            text={PLAN.authority}
            value={plan.signature.authority}
            onChange={(v) => sign({ authority: v })}
            error={e('signature.authority')}
            readOnly={readOnly}
          />
          <TextField
            text={PLAN.prefix}
            value={plan.signature.prefix}
            onChange={(v) => sign({ prefix: v })}
            error={e('signature.prefix')}
            readOnly={readOnly}
          />
          <TextField
            text={PLAN.position}
            value={plan.signature.position}
            onChange={(v) => sign({ position: v })}
            error={e('signature.position')}
            readOnly={readOnly}
            required
          />
          <TextField
            text={PLAN.signerName}
            value={plan.signature.signerName}
            onChange={(v) => sign({ signerName: v })}
            error={e('signature.signerName')}
            readOnly={readOnly}
          />
        </SimpleGrid>
      </EditorSection>
    </Stack>
  );
});
