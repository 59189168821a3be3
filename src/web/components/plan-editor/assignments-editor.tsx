import { Button, Checkbox, Paper, Stack, TextInput } from '@mantine/core';
import type { Assignment } from '../../../core/conference/types.ts';
import { FieldGroup } from '../form/field-group.tsx';
import { ItemRow, ListItemControls, move } from '../form/list-controls.tsx';
import { StringListEditor } from '../form/string-list-editor.tsx';
import { PLAN } from './labels.ts';

interface Props {
  items: readonly Assignment[];
  onChange: (items: Assignment[]) => void;
  path: string;
  errors: Readonly<Record<string, string>>;
  readOnly?: boolean;
}

/** Section IV: each department or organisation with its duties; "Đề nghị" for those the plan only asks. */
export function AssignmentsEditor({ items, onChange, path, errors, readOnly }: Props) {
  const set = (i: number, patch: Partial<Assignment>) =>
    onChange(items.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <FieldGroup text={PLAN.assignments} error={errors[path]}>
      {items.map((a, i) => {
        const p = `${path}.${i}`;
        const n = i + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of plan items
          <Paper key={i} withBorder p="sm" bg="gray.0" role="group" aria-label={`${PLAN.assignment} ${n}`}>
            <Stack gap="xs">
              <ItemRow
                offset={48}
                controls={
                  !readOnly && (
                    <ListItemControls
                      itemLabel={PLAN.assignment}
                      index={i}
                      count={items.length}
                      onMove={(d) => onChange(move(items, i, d))}
                      onRemove={() => onChange(items.filter((_, j) => j !== i))}
                    />
                  )
                }
              >
                <TextInput
                  label={`${PLAN.assignmentUnit[0]} ${n}`}
                  description={PLAN.assignmentUnit[1]}
                  value={a.unitName}
                  onChange={(e) => set(i, { unitName: e.currentTarget.value })}
                  error={errors[`${p}.unitName`]}
                  readOnly={readOnly}
                />
              </ItemRow>
              <Checkbox
                label={PLAN.assignmentRequest}
                checked={a.isRequest}
                onChange={(e) => set(i, { isRequest: e.currentTarget.checked })}
                disabled={readOnly}
              />
              <Checkbox
                label={PLAN.assignmentLabelBold}
                checked={a.labelBold}
                onChange={(e) => set(i, { labelBold: e.currentTarget.checked })}
                disabled={readOnly}
              />
              <StringListEditor
                text={[`${PLAN.duties[0]} của đơn vị ${n}`, PLAN.duties[1]]}
                itemLabel={`${PLAN.duty} (đơn vị ${n})`}
                items={a.duties}
                onChange={(duties) => set(i, { duties })}
                path={`${p}.duties`}
                errors={errors}
                readOnly={readOnly}
                min={1}
                max={20}
              />
            </Stack>
          </Paper>
        );
      })}
      {!readOnly && items.length < 30 && (
        <Button
          variant="light"
          w="fit-content"
          onClick={() =>
            onChange([
              ...items,
              { unitName: '', unitId: null, isRequest: false, labelBold: false, duties: [''] },
            ])
          }
        >
          + {PLAN.addAssignment}
        </Button>
      )}
    </FieldGroup>
  );
}
