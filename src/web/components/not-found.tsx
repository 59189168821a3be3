import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { COMMON } from './labels.ts';

/** One page for "not there" and "not yours": the server answers 404 for both, so it cannot tell. */
export function NotFound({
  title = COMMON.notFoundTitle,
  text = COMMON.notFoundText,
}: {
  title?: string;
  text?: string;
}) {
  return (
    <Paper withBorder p="xl" maw={640} mx="auto" mt="xl">
      <Stack>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text>{text}</Text>
        <Button component={Link} to="/" w="fit-content">
          {COMMON.backHome}
        </Button>
      </Stack>
    </Paper>
  );
}
