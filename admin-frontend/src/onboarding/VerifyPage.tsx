import { Alert, Anchor, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { unwrap } from '../api/client';
import { sentenceOf } from '../api/errors';
import { publicApi } from './publicApi';

export default function VerifyPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<{ done?: string; problem?: string }>({});
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    unwrap(publicApi.POST('/api/signup/verify', { body: { token } }))
      .then((verified) => setState({ done: verified.businessName }))
      .catch((error: unknown) => setState({ problem: sentenceOf(error) }));
  }, [token]);

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Stack>
          <Title order={1} size="h3">Verify your email</Title>
          {!state.done && !state.problem && <Center role="status"><Loader size="sm" aria-hidden /><Text ml="sm">Checking the link…</Text></Center>}
          {state.problem && <Alert color="red" role="alert">{state.problem}</Alert>}
          {state.done && (
            <>
              <Alert color="teal">Your email is verified. {state.done} is ready to set up.</Alert>
              <Anchor component={Link} to="/login" state={{ from: '/setup' }}>Sign in to start the setup</Anchor>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
