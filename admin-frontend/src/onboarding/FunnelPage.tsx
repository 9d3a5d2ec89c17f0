import { SimpleGrid, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { EmptyState, Loaded, PageHeader } from '../ui/feedback';

const STEPS: [string, string][] = [['SIGNED_UP', 'Signed up'], ['VERIFIED', 'Verified'], ['CATALOG_ADDED', 'Catalog added'],
  ['WHATSAPP_CONNECTED', 'WhatsApp connected'], ['LIVE', 'Live']];

export default function FunnelPage() {
  const funnel = useQuery({ queryKey: ['platform', 'funnel'], queryFn: () => unwrap(api.GET('/api/platform/onboarding-funnel')) });
  return (
    <>
      <PageHeader title="Onboarding funnel" description="How far self-registered businesses got, counted as each step happened." />
      <Loaded query={funnel} what="the funnel">
        {({ totals, tenants }) => (
          <>
            <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md">
              {STEPS.map(([step, label]) => (
                <Paper withBorder p="sm" key={step} aria-label={label}>
                  <Text size="xs" c="dimmed">{label}</Text>
                  <Text fw={700} size="xl">{totals[step] ?? 0}</Text>
                </Paper>
              ))}
            </SimpleGrid>
            {tenants.length === 0 ? <EmptyState>No business has signed up yet.</EmptyState> : (
              <Table.ScrollContainer minWidth={640}>
                <Table striped aria-label="Funnel per business">
                  <Table.Thead><Table.Tr><Table.Th>Business</Table.Th>{STEPS.map(([s, l]) => <Table.Th key={s}>{l}</Table.Th>)}</Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {tenants.map((t) => (
                      <Table.Tr key={t.tenantId}>
                        <Table.Td>{t.name}</Table.Td>
                        {STEPS.map(([s]) => <Table.Td key={s}>{t.reached[s] ? new Date(t.reached[s]).toLocaleDateString() : '—'}</Table.Td>)}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
