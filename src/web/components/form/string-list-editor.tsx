import { Button, Text, Textarea } from '@mantine/core';
import { FieldGroup } from './field-group.tsx';
import { type FieldText, FORM } from './labels.ts';
import { ItemRow, ListItemControls, move } from './list-controls.tsx';

export interface StringListEditorProps {
  text: FieldText;
  /** How one item is called: "Mục đích, yêu cầu 1", "Phần 3". */
  itemLabel: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** Path of the list in error messages, e.g. "plan.purposes". */
  path: string;
  errors: Readonly<Record<string, string>>;
  readOnly?: boolean;
  min?: number;
  max?: number;
}

/** An ordered list of paragraphs: add, remove, move up and down. */
export function StringListEditor({
  text,
  itemLabel,
  items,
  onChange,
  path,
  errors,
  readOnly,
  min = 0,
  max = 30,
}: StringListEditorProps) {
  const set = (i: number, value: string) => onChange(items.map((v, j) => (j === i ? value : v)));
  return (
    <FieldGroup text={text} error={errors[path]}>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {FORM.list.empty}
        </Text>
      )}
      {items.map((item, i) => (
        <ItemRow
          // biome-ignore lint/suspicious/noArrayIndexKey: items are plain strings; position is their identity
          key={i}
          controls={
            !readOnly && (
              <ListItemControls
                itemLabel={itemLabel}
                index={i}
                count={items.length}
                onMove={(d) => onChange(move(items, i, d))}
                onRemove={() => onChange(items.filter((_, j) => j !== i))}
                canRemove={items.length > min}
              />
            )
          }
        >
          <Textarea
            label={`${itemLabel} ${i + 1}`}
            value={item}
            onChange={(e) => set(i, e.currentTarget.value)}
            error={errors[`${path}.${i}`]}
            autosize
            minRows={1}
            maxRows={10}
            readOnly={readOnly}
          />
        </ItemRow>
      ))}
      {!readOnly && items.length < max && (
        <Button variant="light" onClick={() => onChange([...items, ''])} w="fit-content">
          + {FORM.list.add(itemLabel)}
        </Button>
      )}
    </FieldGroup>
  );
}
