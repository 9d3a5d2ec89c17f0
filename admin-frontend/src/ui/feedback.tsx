import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { sentenceOf } from '../api/errors';

export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Parley admin`;
  }, [title]);
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && <Text c="dimmed" size="sm">{description}</Text>}
      </div>
      {actions}
    </Group>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text ml="sm" c="dimmed" size="sm">
        Loading {what}…
      </Text>
    </Center>
  );
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <Alert color="red" title="This could not be loaded" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{sentenceOf(error)}</Text>
        {retry && <Button size="xs" variant="light" color="red" onClick={retry}>Try again</Button>}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" ta="center" py="xl">
      {children}
    </Text>
  );
}

/** Renders a query's data, or its loading or error state. */
export function Loaded<T>({ query, what, children }: { query: UseQueryResult<T>; what: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

export function notifyDone(message: string) {
  notifications.show({ color: 'teal', message });
}

export function notifyFailure(error: unknown) {
  notifications.show({ color: 'red', title: 'Not done', message: sentenceOf(error), autoClose: 8000 });
}

/** A change sent to the API: says what happened, shows the API's sentence on failure, refreshes the given lists. */
export function useChange<V, R>(send: (variables: V) => Promise<R>, options: { done?: string; refresh: QueryKey[] }) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      if (options.done) notifyDone(options.done);
      return Promise.all(options.refresh.map((queryKey) => queries.invalidateQueries({ queryKey })));
    },
    onError: notifyFailure,
  });
}
