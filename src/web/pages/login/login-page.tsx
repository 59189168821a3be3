import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { sessionKey } from '../../api/auth.ts';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { useSessionQuery } from '../../auth/session.tsx';
import { COMMON } from '../../components/labels.ts';
import { LOGIN } from './labels.ts';

/** Only a same-site path may be used as the place to return to after signing in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function loginMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return LOGIN.wrong;
    if (error.status === 429) return LOGIN.tooMany;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function LoginPage() {
  const session = useSessionQuery();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const login = useMutation({
    mutationFn: () => api.auth.login({ username: username.trim(), password }),
    onSuccess: (response) => {
      setCsrfToken(response.csrfToken);
      queryClient.setQueryData(sessionKey, response);
    },
  });

  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const incomplete = username.trim() === '' || password === '';
    setMissing(incomplete);
    if (!incomplete) login.mutate();
  }

  const error = missing ? LOGIN.missing : login.error ? loginMessage(login.error) : null;

  return (
    <Center mih="100vh" bg="gray.0" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Text fw={700} c="brand.8" size="xl">
                {COMMON.appName}
              </Text>
              <Title order={1} size="h2">
                {LOGIN.heading}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {LOGIN.intro}
              </Text>
            </div>
            {error && (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label={LOGIN.username}
              description={LOGIN.usernameHint}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              data-autofocus
            />
            <PasswordInput
              label={LOGIN.password}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
            />
            <Button type="submit" loading={login.isPending} size="md">
              {LOGIN.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
