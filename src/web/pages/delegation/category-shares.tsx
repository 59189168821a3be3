import { Box, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DelegateCandidate, DelegateCategory } from '../../../core/delegation/types.ts';
import { DEL, formatShare } from './labels.ts';
import { CATEGORY_LABELS } from './value-labels.ts';

const S = DEL.shares;

interface ShareGroup {
  title: string;
  categories: DelegateCategory[];
  /** The plan's target in whole percent. */
  target: number;
}

/**
 * The two groups of the plan ("khoảng 70% điển hình tiên tiến, 30% khách mời và lãnh đạo"): how many
 * candidates each has, and how many of the list shown are in it against the target.
 */
export function CategoryShares({
  candidates,
  selected,
  basis,
  exemplaryShare,
  guestShare,
}: {
  candidates: readonly DelegateCandidate[];
  /** Ids of the list shown (the proposal, else the approved list), or null. */
  selected: ReadonlySet<string> | null;
  basis: string;
  exemplaryShare: number;
  guestShare: number;
}) {
  const groups: ShareGroup[] = [
    { title: CATEGORY_LABELS.dien_hinh, categories: ['dien_hinh'], target: exemplaryShare },
    { title: S.guestsAndLeaders, categories: ['khach_moi', 'lanh_dao'], target: guestShare },
  ];
  const total = selected?.size ?? 0;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="vd-shares-title">
      <Title order={3} size="h4" id="vd-shares-title" mb={4}>
        {S.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {basis}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {groups.map((g) => {
          const pool = candidates.filter((c) => g.categories.includes(c.category));
          const inList = selected ? pool.filter((c) => selected.has(c.id)).length : 0;
          const share = total > 0 ? inList / total : 0;
          const byCategory = g.categories
            .map((cat) => `${CATEGORY_LABELS[cat]}: ${pool.filter((c) => c.category === cat).length}`)
            .join(' · ');
          return (
            <Stack key={g.title} gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text fw={700}>{g.title}</Text>
                <Text size="sm">{S.candidates(pool.length)}</Text>
              </Group>
              {g.categories.length > 1 && (
                <Text size="sm" c="dimmed">
                  {byCategory}
                </Text>
              )}
              {selected && (
                <>
                  <Text size="sm">
                    <Text span fw={700}>
                      {S.inList(inList, total, formatShare(share))}
                    </Text>{' '}
                    — {g.target > 0 ? S.target(g.target) : S.targetNone}
                  </Text>
                  <Box pos="relative" aria-hidden="true">
                    <Progress
                      value={share * 100}
                      size="lg"
                      color={g.categories[0] === 'dien_hinh' ? 'brand.7' : 'grape.8'}
                    />
                    {g.target > 0 && (
                      <Box
                        pos="absolute"
                        top={-3}
                        bottom={-3}
                        left={`${g.target}%`}
                        w={3}
                        bg="dark.7"
                        title={S.target(g.target)}
                      />
                    )}
                  </Box>
                </>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
