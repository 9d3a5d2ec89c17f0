import { ActionIcon, Badge, Button, Card, Checkbox, Group, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { Loaded, PageHeader, useChange } from '../ui/feedback';

const knownProviders = ['local', 'bedrock', 'openai', 'gemini'] as const;
const providerNames: Record<string, string> = { local: 'Embedded (no network)', bedrock: 'Amazon Bedrock', openai: 'OpenAI', gemini: 'Google Gemini' };
const providersKey = ['platform', 'ai-providers'];

interface Row {
  name: string;
  included: boolean;
  enabled: boolean;
  model: string;
  apiKey: string;
  apiKeyConfigured: boolean;
}

/** Rows in fallback order: the configured providers first, then the ones not configured yet. */
function rowsOf(view: Schemas['ProvidersView']): Row[] {
  const configured = new Map(view.providers.map((p) => [p.name, p]));
  const order = [...view.fallbackOrder, ...view.providers.map((p) => p.name), ...knownProviders];
  return [...new Set(order)].map((name) => {
    const p = configured.get(name);
    return { name, included: !!p, enabled: p?.enabled ?? true, model: p?.model ?? '', apiKey: '', apiKeyConfigured: p?.apiKeyConfigured ?? false };
  });
}

export default function AiProvidersPage() {
  const providers = useQuery({ queryKey: providersKey, queryFn: () => unwrap(api.GET('/api/platform/ai-providers')) });
  return (
    <>
      <PageHeader title="AI providers" description="Which language models the assistant may use, and in which order it falls back. Keys are stored in the secret store and never shown again." />
      <Loaded query={providers} what="the providers">{(view) => <ProvidersForm key={JSON.stringify(view)} initial={rowsOf(view)} />}</Loaded>
    </>
  );
}

function ProvidersForm({ initial }: { initial: Row[] }) {
  const [rows, setRows] = useState(initial);
  const save = useChange((body: Schemas['ProvidersInput']) => unwrap(api.PUT('/api/platform/ai-providers', { body })), { done: 'The AI providers are saved.', refresh: [providersKey] });
  const update = (index: number, change: Partial<Row>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row!);
    setRows(next);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const included = rows.filter((r) => r.included);
    save.mutate({
      providers: included.map(({ name, model, enabled, apiKey }) => ({ name, model: model.trim(), enabled, apiKey: apiKey.trim() })),
      fallbackOrder: included.map((r) => r.name),
    });
  }
  return (
    <form onSubmit={submit}>
      <Stack>
        {rows.map((row, index) => (
          <Card withBorder key={row.name}>
            <Group justify="space-between" mb="xs">
              <Checkbox label={<Text fw={600}>{providerNames[row.name] ?? row.name}</Text>} checked={row.included} onChange={(e) => update(index, { included: e.currentTarget.checked })} />
              <Group gap={4}>
                {row.apiKeyConfigured && <Badge variant="light">Key stored</Badge>}
                <ActionIcon variant="default" aria-label={`Move ${row.name} up`} disabled={index === 0} onClick={() => move(index, -1)}>↑</ActionIcon>
                <ActionIcon variant="default" aria-label={`Move ${row.name} down`} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>↓</ActionIcon>
              </Group>
            </Group>
            {row.included && (
              <Group grow align="flex-end" wrap="wrap">
                <TextInput label="Model" required value={row.model} onChange={(e) => update(index, { model: e.currentTarget.value })} miw={180} />
                {row.name !== 'local' && (
                  <PasswordInput label="API key" placeholder={row.apiKeyConfigured ? 'Stored; type to replace' : 'Not stored'} value={row.apiKey} onChange={(e) => update(index, { apiKey: e.currentTarget.value })} miw={180} autoComplete="off" />
                )}
                <Switch label="Enabled" checked={row.enabled} onChange={(e) => update(index, { enabled: e.currentTarget.checked })} />
              </Group>
            )}
          </Card>
        ))}
        <Text size="sm" c="dimmed">The assistant tries the included providers from top to bottom.</Text>
        <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Save providers</Button></Group>
      </Stack>
    </form>
  );
}
