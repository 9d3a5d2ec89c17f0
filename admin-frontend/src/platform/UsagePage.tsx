import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { EmptyState, Loaded, PageHeader } from '../ui/feedback';

export default function UsagePage() {
  const usage = useQuery({ queryKey: ['platform', 'usage'], queryFn: () => unwrap(api.GET('/api/platform/usage')) });
  return (
    <>
      <PageHeader title="Usage" description="Messages per tenant." />
      <Loaded query={usage} what="usage">
        {({ items }) =>
          items.length === 0 ? <EmptyState>No tenants yet.</EmptyState> : (
            <Table.ScrollContainer minWidth={420}>
              <Table striped>
                <Table.Thead><Table.Tr><Table.Th>Tenant</Table.Th><Table.Th ta="right">Messages</Table.Th><Table.Th>Basis</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {items.map((u) => (
                    <Table.Tr key={u.tenantId}>
                      <Table.Td>{u.slug}</Table.Td>
                      <Table.Td ta="right">{u.messages ?? '—'}</Table.Td>
                      <Table.Td><Text size="sm" c="dimmed">{u.basis}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </Loaded>
    </>
  );
}
