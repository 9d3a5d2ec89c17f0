import { Alert, Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { sentenceOf } from '../../api/errors';
import { useMe } from '../../auth/AuthProvider';
import { may } from '../../auth/roles';
import { EmptyState, Loaded, PageHeader, useChange } from '../../ui/feedback';
import { allowedMoves, moveLabel, priorityColors, slaState, statusColors, statusName, ticketPriorities } from '../care/tickets';
import { useAssignees, useNameOf } from '../care/people';
import { ticketsKey } from '../TicketsPage';

type Ticket = Schemas['TicketView'];

export function TicketDetail() {
  const { ticketId = '' } = useParams();
  const params = { params: { path: { ticketId } } };
  const ticket = useQuery({ queryKey: [...ticketsKey, ticketId], queryFn: () => unwrap(api.GET('/api/tickets/{ticketId}', params)), refetchInterval: 15_000 });
  return (
    <>
      <Anchor component={Link} to=".." relative="path" size="sm">← All tickets</Anchor>
      <Loaded query={ticket} what="the ticket">
        {(t) => (
          <>
            <PageHeader title={t.subject} description={`Ticket ${t.id} · ${t.category}`} />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Stack>
                <TicketFacts ticket={t} />
                <TicketActions ticket={t} />
              </Stack>
              <Stack>
                <Notes ticketId={t.id} />
                <History ticketId={t.id} />
              </Stack>
            </SimpleGrid>
          </>
        )}
      </Loaded>
    </>
  );
}

function TicketFacts({ ticket: t }: { ticket: Ticket }) {
  const sla = slaState(t, new Date());
  const nameOf = useNameOf();
  return (
    <Card withBorder>
      <Group gap="xs" mb="sm">
        <Badge color={statusColors[t.status] ?? 'gray'} variant="light" aria-label={`Status: ${statusName(t.status)}`}>{statusName(t.status)}</Badge>
        <Badge color={priorityColors[t.priority] ?? 'gray'} variant="outline" aria-label={`Priority: ${statusName(t.priority)}`}>{statusName(t.priority)}</Badge>
      </Group>
      {sla.overdue
        ? <Alert color="red" variant="light" title="Overdue" data-testid="sla">{sla.text} · it was due {new Date(t.dueAt).toLocaleString()}</Alert>
        : <Text size="sm" data-testid="sla">{sla.text} · due {new Date(t.dueAt).toLocaleString()}</Text>}
      <Text size="sm" mt="sm">Opened {new Date(t.openedAt).toLocaleString()} by {nameOf(t.openedBy)}</Text>
      {t.customerPhone && <Text size="sm">Customer {t.customerPhone}</Text>}
      {t.conversationId && <Anchor component={Link} to={`/inbox/${t.conversationId}`} size="sm">Open the conversation</Anchor>}
    </Card>
  );
}

function TicketActions({ ticket: t }: { ticket: Ticket }) {
  const me = useMe();
  const assignees = useAssignees();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [assignee, setAssignee] = useState<string | null>(t.assignee ?? null);
  const path = { params: { path: { ticketId: t.id } } };
  const refresh = { refresh: [ticketsKey] };
  const onError = (error: unknown) => setRefusal(sentenceOf(error));
  const move = useChange((status: string) => unwrap(api.POST('/api/tickets/{ticketId}/status', { ...path, body: { status } })), { done: 'The ticket moved.', ...refresh });
  const prioritize = useChange((priority: string) => unwrap(api.POST('/api/tickets/{ticketId}/priority', { ...path, body: { priority } })), { done: 'The priority and due time changed.', ...refresh });
  const assign = useChange((userId: string) => unwrap(api.POST('/api/tickets/{ticketId}/assign', { ...path, body: { userId } })), { done: 'The ticket is assigned; they are notified.', ...refresh });
  const moves = allowedMoves(t.status);
  const assigneeName = useNameOf()(t.assignee);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">Work on it</Title>
      {refusal && <Alert color="red" mb="sm" role="alert" title="Not done" withCloseButton onClose={() => setRefusal(null)}>{refusal}</Alert>}
      <Group gap="xs" mb="md" wrap="wrap">
        {moves.length === 0 && <Text size="sm" c="dimmed">A closed ticket does not move any more.</Text>}
        {moves.map((to) => (
          <Button key={to} size="sm" variant={to === 'RESOLVED' ? 'filled' : 'default'} loading={move.isPending && move.variables === to}
            onClick={() => { setRefusal(null); move.mutate(to, { onError }); }}>{moveLabel(t.status, to)}</Button>
        ))}
      </Group>
      <Select label="Priority" description="The due time follows the priority, counted from the opening" allowDeselect={false} value={t.priority}
        data={ticketPriorities.map((p) => ({ value: p, label: statusName(p) }))} disabled={prioritize.isPending}
        onChange={(p) => { if (p && p !== t.priority) { setRefusal(null); prioritize.mutate(p, { onError }); } }} />
      <Text size="sm" mt="md">Assigned to <b>{assigneeName}</b></Text>
      {may(me.role, 'POST /api/tickets/{ticketId}/assign') && (
        <Group align="flex-end" mt="xs" wrap="wrap">
          <Select label="Assign to" placeholder="Choose someone" data={assignees} value={assignee} onChange={setAssignee} style={{ flex: 1, minWidth: 180 }} />
          <Button variant="default" disabled={!assignee || assignee === t.assignee} loading={assign.isPending}
            onClick={() => { if (assignee) { setRefusal(null); assign.mutate(assignee, { onError }); } }}>Assign</Button>
        </Group>
      )}
    </Card>
  );
}

function Notes({ ticketId }: { ticketId: string }) {
  const path = { params: { path: { ticketId } } };
  const key = [...ticketsKey, ticketId, 'notes'];
  const notes = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/tickets/{ticketId}/notes', path)) });
  const [text, setText] = useState('');
  const nameOf = useNameOf();
  const add = useChange((note: string) => unwrap(api.POST('/api/tickets/{ticketId}/notes', { ...path, body: { text: note } })), { done: 'The note is added.', refresh: [key, [...ticketsKey, ticketId, 'history']] });
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(text.trim(), { onSuccess: () => setText('') });
  }
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">Internal notes</Title>
      <Loaded query={notes} what="notes">
        {({ items }) => items.length === 0 ? <Text size="sm" c="dimmed">No notes yet.</Text> : (
          <Stack gap="xs" mb="sm" data-testid="notes">
            {items.map((n) => (
              <div key={n.id}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{n.text}</Text>
                <Text size="xs" c="dimmed">{nameOf(n.author)} · {new Date(n.at).toLocaleString()}</Text>
              </div>
            ))}
          </Stack>
        )}
      </Loaded>
      <form onSubmit={submit}>
        <Textarea label="Add a note" description="Staff only; never sent to the customer" autosize minRows={2} maxLength={4000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" size="sm" disabled={text.trim().length === 0} loading={add.isPending}>Add note</Button>
        </Group>
      </form>
    </Card>
  );
}

function History({ ticketId }: { ticketId: string }) {
  const nameOf = useNameOf();
  const history = useQuery({ queryKey: [...ticketsKey, ticketId, 'history'], queryFn: () => unwrap(api.GET('/api/tickets/{ticketId}/history', { params: { path: { ticketId } } })) });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">History</Title>
      <Loaded query={history} what="the history">
        {({ items }) => items.length === 0 ? <EmptyState>No changes yet.</EmptyState> : (
          <Timeline bulletSize={12} lineWidth={2} data-testid="history">
            {items.map((c) => (
              <Timeline.Item key={c.id} title={<Text size="sm">{c.field}: {c.from ? `${c.from} → ` : ''}{c.to}</Text>}>
                <Text size="xs" c="dimmed">{nameOf(c.actor)} · {new Date(c.at).toLocaleString()}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Loaded>
    </Card>
  );
}
