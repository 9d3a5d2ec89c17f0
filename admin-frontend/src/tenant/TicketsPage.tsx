import { Anchor, Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { api, unwrap } from '../api/client';
import { PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { useAssignees, useNameOf } from './care/people';
import { priorityColors, slaState, statusColors, statusName, ticketPriorities, ticketStatuses } from './care/tickets';
import { NewTicketModal } from './tickets/NewTicketModal';
import { TicketDetail } from './tickets/TicketDetail';

export const ticketsKey = ['tickets'];
const POLL_MS = 15_000;

export default function TicketsPage() {
  return (
    <Routes>
      <Route index element={<TicketList />} />
      <Route path=":ticketId" element={<TicketDetail />} />
    </Routes>
  );
}

/** The tenant's `issues` lookup table: the categories tickets are filed under. */
export function useIssueCategories() {
  return useQuery({
    queryKey: ['lookups', 'issues'],
    queryFn: async () => {
      try {
        return (await unwrap(api.GET('/api/lookups/{name}', { params: { path: { name: 'issues' } } }))).values;
      } catch {
        return [];
      }
    },
  });
}

function TicketList() {
  const [status, setStatus] = useState<string | null>(null);
  const [priority, setPriority] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [assignee, setAssignee] = useState<string | null>(null);
  const [creating, creation] = useDisclosure(false);
  const categories = useIssueCategories();
  const assignees = useAssignees();
  const tickets = usePagedList([...ticketsKey, status, priority, category, assignee], (cursor) =>
    unwrap(api.GET('/api/tickets', { params: { query: { status: status ?? undefined, priority: priority ?? undefined, category: category ?? undefined, assignee: assignee ?? undefined, cursor, limit: 50 } } })), POLL_MS);
  const now = new Date();
  const nameOf = useNameOf();
  return (
    <>
      <PageHeader title="Tickets" description="Customers' issues for staff to resolve before their due time." actions={<Button onClick={creation.open}>New ticket</Button>} />
      {creating && <NewTicketModal onClose={creation.close} />}
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <Select label="Status" placeholder="Any status" clearable value={status} onChange={setStatus} w={160}
          data={ticketStatuses.map((s) => ({ value: s, label: statusName(s) }))} />
        <Select label="Priority" placeholder="Any priority" clearable value={priority} onChange={setPriority} w={160}
          data={ticketPriorities.map((p) => ({ value: p, label: statusName(p) }))} />
        <Select label="Category" placeholder="Any category" clearable value={category} onChange={setCategory} w={200}
          data={[...(categories.data ?? []), 'Uncategorized']} />
        <Select label="Assignee" placeholder="Anyone" clearable value={assignee} onChange={setAssignee} w={200} data={assignees} />
      </Group>
      <PagedList list={tickets} what="tickets" empty={status || priority || category || assignee ? 'No tickets match these filters.' : 'No tickets yet. Complaints customers write open one by themselves.'}>
        {(items) => {
          return (
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr><Table.Th>Subject</Table.Th><Table.Th>Status</Table.Th><Table.Th>Priority</Table.Th><Table.Th>Category</Table.Th><Table.Th>Assignee</Table.Th><Table.Th>Due</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((t) => {
                    const sla = slaState(t, now);
                    return (
                      <Table.Tr key={t.id} data-testid="ticket-row">
                        <Table.Td miw={180}><Anchor component={Link} to={t.id}>{t.subject}</Anchor>{t.customerPhone && <Text size="xs" c="dimmed">{t.customerPhone}</Text>}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}><Badge color={statusColors[t.status] ?? 'gray'} variant="light" miw="max-content">{statusName(t.status)}</Badge></Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}><Badge color={priorityColors[t.priority] ?? 'gray'} variant="outline" miw="max-content">{statusName(t.priority)}</Badge></Table.Td>
                        <Table.Td>{t.category}</Table.Td>
                        <Table.Td>{nameOf(t.assignee)}</Table.Td>
                        <Table.Td><Text size="sm" c={sla.overdue ? 'red.8' : undefined} fw={sla.overdue ? 700 : undefined}>{sla.overdue ? '⚠ ' : ''}{sla.text}</Text></Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          );
        }}
      </PagedList>
    </>
  );
}
