import { Code, Spoiler, Table, Text } from '@mantine/core';
import type { Schemas } from '../api/client';

export const today = () => new Date().toISOString().slice(0, 10);

export function AuditTable({ events, showTenant }: { events: Schemas['AuditView'][]; showTenant?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When (UTC)</Table.Th>
            {showTenant && <Table.Th>Tenant</Table.Th>}
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{e.at.replace('T', ' ').slice(0, 19)}</Text></Table.Td>
              {showTenant && <Table.Td><Text size="xs" ff="monospace">{e.tenantId ?? 'platform'}</Text></Table.Td>}
              <Table.Td><Text size="sm">{e.actor}</Text><Text size="xs" c="dimmed">{e.origin}</Text></Table.Td>
              <Table.Td><Text size="sm" fw={600}>{e.action}</Text></Table.Td>
              <Table.Td>
                <Spoiler maxHeight={40} showLabel="More" hideLabel="Less">
                  {e.before && <Text size="xs">Before: <Code>{e.before}</Code></Text>}
                  {e.after && <Text size="xs">After: <Code>{e.after}</Code></Text>}
                </Spoiler>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
