import { Button, Group, Paper, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ReferenceItem } from '../../../shared/api/nominations.ts';
import { REFERENCE } from './labels.ts';

const CODE = /^[A-Za-z0-9-]{1,40}$/;

/** A new item's code and label; it joins the end of the list, active, until the list is saved. */
export function NewItemForm({
  codes,
  onAdd,
}: {
  codes: readonly string[];
  onAdd: (item: Omit<ReferenceItem, 'sortOrder'>) => void;
}) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [tried, setTried] = useState(false);
  const codeError = !CODE.test(code.trim())
    ? REFERENCE.badCode
    : codes.includes(code.trim())
      ? REFERENCE.duplicateCode
      : null;
  const labelError = label.trim() === '' ? REFERENCE.emptyLabel : null;

  function add(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (codeError || labelError) return;
    onAdd({ code: code.trim(), label: label.trim(), aliases: [], active: true });
    setCode('');
    setLabel('');
    setTried(false);
  }

  return (
    <Paper withBorder p="sm" component="form" onSubmit={add} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={REFERENCE.newCode}
          description={REFERENCE.newCodeHint}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={tried ? codeError : undefined}
          w={240}
          maw="100%"
        />
        <TextInput
          label={REFERENCE.newLabel}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={tried ? labelError : undefined}
          style={{ flex: 1, minWidth: 220 }}
          mt={{ base: 0, sm: 26 }}
        />
        <Button type="submit" variant="default" mt={{ base: 0, sm: 50 }}>
          {REFERENCE.add}
        </Button>
      </Group>
    </Paper>
  );
}
