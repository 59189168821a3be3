import { List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import { formatDate } from '../../../components/format.ts';
import { AW } from '../labels.ts';

const F = AW.decisionFields;
const S = AW.decisionSummary;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** An approved (or not editable) decision's number, date, signer, căn cứ, fund and executors, as text. */
export function DecisionSummary({ decision }: { decision: DecisionView }) {
  const signer = [decision.signingPrefix, decision.signerTitle].filter(Boolean).join(' ');
  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Item label={S.number}>
            {decision.number ? `${decision.number}/${decision.symbol}` : S.noNumber}
          </Item>
          <Item label={F.date[0]}>{formatDate(decision.date)}</Item>
          <Item label={S.signer}>
            {signer} · {decision.signerName}
          </Item>
        </SimpleGrid>
        <Item label={F.bases[0]}>
          <List size="sm" spacing={2}>
            {decision.bases.map((b) => (
              <List.Item key={b}>{b}</List.Item>
            ))}
          </List>
        </Item>
        <Item label={F.fund[0]}>{decision.fundSource}</Item>
        <Item label={F.executors[0]}>
          <List size="sm" spacing={2}>
            {decision.executors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Item>
      </Stack>
    </Paper>
  );
}
