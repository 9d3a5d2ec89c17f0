import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { EmptyState } from '../../ui/feedback';
import { ModeBadge } from '../inbox/modes';

const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

export function Conversations({ items }: { items: Schemas['ConversationHistory'][] }) {
  if (items.length === 0) return <EmptyState>No conversations.</EmptyState>;
  return (
    <Stack>
      {items.map(({ conversation, messages }) => (
        <Card withBorder key={conversation.id} data-testid="customer-conversation">
          <Group justify="space-between" mb="xs" wrap="wrap">
            <Anchor component={Link} to={`/inbox/${conversation.id}`}>Open in the inbox</Anchor>
            <Group gap="xs"><ModeBadge mode={conversation.mode} /><Text size="xs" c="dimmed">last message {when(conversation.lastMessageAt)}</Text></Group>
          </Group>
          <Stack gap={4}>
            {[...messages].sort((a, b) => a.sentAt.localeCompare(b.sentAt)).map((m) => (
              <Text size="sm" key={m.id}>
                <Text span fw={600}>{m.direction === 'INBOUND' ? 'Customer' : 'Business'}: </Text>{m.text}
              </Text>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

export function Orders({ items }: { items: Schemas['OrderView'][] }) {
  if (items.length === 0) return <EmptyState>No orders.</EmptyState>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped aria-label="Orders">
        <Table.Thead><Table.Tr><Table.Th>Created</Table.Th><Table.Th>Items</Table.Th><Table.Th ta="right">Total</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{when(o.createdAt)}</Table.Td>
              <Table.Td>{o.items.map((i) => `${i.quantity} × ${i.name}`).join(', ')}</Table.Td>
              <Table.Td ta="right">{o.total} {o.currency}</Table.Td>
              <Table.Td><Badge variant="light">{o.status.toLowerCase()}</Badge></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Quotations({ items }: { items: Schemas['QuotationView'][] }) {
  if (items.length === 0) return <EmptyState>No quotations.</EmptyState>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped aria-label="Quotations">
        <Table.Thead><Table.Tr><Table.Th>Reference</Table.Th><Table.Th>Created</Table.Th><Table.Th ta="right">Total</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {items.map((q) => (
            <Table.Tr key={q.id}>
              <Table.Td>{q.reference}</Table.Td>
              <Table.Td>{when(q.createdAt)}</Table.Td>
              <Table.Td ta="right">{q.total} {q.currency}</Table.Td>
              <Table.Td><Badge variant="light">{q.status.toLowerCase()}</Badge></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Title order={2} size="h4" mb="xs">{title}</Title>
      {children}
    </section>
  );
}
