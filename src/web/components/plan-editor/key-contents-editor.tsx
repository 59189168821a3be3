import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import type { KeyContent, TextBlock } from '../../../core/conference/types.ts';
import { FieldGroup } from '../form/field-group.tsx';
import { ItemRow, ListItemControls, move } from '../form/list-controls.tsx';
import { PLAN } from './labels.ts';

interface Props {
  items: readonly KeyContent[];
  onChange: (items: KeyContent[]) => void;
  path: string;
  errors: Readonly<Record<string, string>>;
  readOnly?: boolean;
}

const STYLES = (Object.keys(PLAN.blockStyles) as TextBlock['style'][]).map((value) => ({
  value,
  label: PLAN.blockStyles[value],
}));

/** "3.1. Phạm vi: …": numbered key contents, each a heading and paragraphs of three styles. */
export function KeyContentsEditor({ items, onChange, path, errors, readOnly }: Props) {
  const set = (i: number, patch: Partial<KeyContent>) =>
    onChange(items.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  const nextCode = () => {
    const last = items[items.length - 1]?.code ?? '3.0';
    const m = /^(\d+)\.(\d+)$/.exec(last);
    return m ? `${m[1]}.${Number(m[2]) + 1}` : '';
  };
  return (
    <FieldGroup text={PLAN.keyContents} error={errors[path]}>
      {items.map((k, i) => {
        const p = `${path}.${i}`;
        const label = `${PLAN.keyContent} ${k.code || i + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of plan items
          <Paper key={i} withBorder p="sm" bg="gray.0" role="group" aria-label={label}>
            <Stack gap="xs">
              <ItemRow
                controls={
                  !readOnly && (
                    <ListItemControls
                      itemLabel={PLAN.keyContent}
                      index={i}
                      count={items.length}
                      onMove={(d) => onChange(move(items, i, d))}
                      onRemove={() => onChange(items.filter((_, j) => j !== i))}
                    />
                  )
                }
              >
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  <TextInput
                    label={PLAN.keyCode[0]}
                    value={k.code}
                    onChange={(e) => set(i, { code: e.currentTarget.value })}
                    error={errors[`${p}.code`]}
                    w={80}
                    readOnly={readOnly}
                  />
                  <Textarea
                    autosize
                    minRows={1}
                    maxRows={6}
                    label={`${PLAN.keyHeading[0]} ${k.code}`}
                    value={k.heading}
                    onChange={(e) => set(i, { heading: e.currentTarget.value })}
                    error={errors[`${p}.heading`]}
                    style={{ flex: 1, minWidth: 0 }}
                    readOnly={readOnly}
                  />
                </Group>
              </ItemRow>
              <BlocksEditor
                code={k.code}
                blocks={k.blocks}
                onChange={(blocks) => set(i, { blocks })}
                path={`${p}.blocks`}
                errors={errors}
                readOnly={readOnly}
              />
            </Stack>
          </Paper>
        );
      })}
      {!readOnly && items.length < 20 && (
        <Button
          variant="light"
          w="fit-content"
          onClick={() =>
            onChange([
              ...items,
              { code: nextCode(), heading: '', blocks: [{ style: 'paragraph', text: '' }] },
            ])
          }
        >
          + {PLAN.addKeyContent}
        </Button>
      )}
    </FieldGroup>
  );
}

function BlocksEditor({
  code,
  blocks,
  onChange,
  path,
  errors,
  readOnly,
}: {
  code: string;
  blocks: readonly TextBlock[];
  onChange: (blocks: TextBlock[]) => void;
  path: string;
  errors: Readonly<Record<string, string>>;
  readOnly?: boolean;
}) {
  const set = (i: number, patch: Partial<TextBlock>) =>
    onChange(blocks.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const itemLabel = `Đoạn của mục ${code}`;
  return (
    <Stack gap="xs" pl={{ base: 0, sm: 'md' }}>
      {blocks.map((b, i) => (
        <ItemRow
          // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of plan items
          key={i}
          controls={
            !readOnly && (
              <ListItemControls
                itemLabel={itemLabel}
                index={i}
                count={blocks.length}
                onMove={(d) => onChange(move(blocks, i, d))}
                onRemove={() => onChange(blocks.filter((_, j) => j !== i))}
              />
            )
          }
        >
          <Stack gap={4}>
            <NativeSelect
              label={`${PLAN.blockStyle} ${i + 1} (mục ${code})`}
              data={STYLES}
              value={b.style}
              onChange={(e) => set(i, { style: e.currentTarget.value as TextBlock['style'] })}
              w={{ base: '100%', sm: 240 }}
              disabled={readOnly}
            />
            <Textarea
              aria-label={`${PLAN.blockText} ${i + 1} (mục ${code})`}
              value={b.text}
              onChange={(e) => set(i, { text: e.currentTarget.value })}
              error={errors[`${path}.${i}.text`]}
              autosize
              minRows={1}
              maxRows={10}
              readOnly={readOnly}
            />
          </Stack>
        </ItemRow>
      ))}
      {!readOnly && blocks.length < 50 && (
        <Button
          variant="subtle"
          w="fit-content"
          onClick={() =>
            onChange([...blocks, { style: blocks[blocks.length - 1]?.style ?? 'paragraph', text: '' }])
          }
        >
          + {PLAN.addBlock} ({PLAN.keyContent.toLocaleLowerCase('vi')} {code})
        </Button>
      )}
    </Stack>
  );
}
