import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { PageHeader, useChange } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { notificationsKey } from './notifications/unread';

type Notification = Schemas['NotificationView'];
const kindNames: Record<string, string> = {
  ORDER_REQUESTED: 'Order requested', ORDER_REQUEST_NEEDS_REVIEW: 'Order needs review', ESCALATED: 'Needs a person',
  NEGATIVE_REVIEW: 'Low rating', TICKET_ASSIGNED: 'Ticket assigned',
};
const kindColors: Record<string, string> = { ESCALATED: 'orange', NEGATIVE_REVIEW: 'red', TICKET_ASSIGNED: 'blue' };

/** The API's subject is often an id (of the conversation, order or ticket); only a readable one is shown. */
const isId = (subject: string) => /^[a-z]{3}_[0-9A-Z]{20,}$/.test(subject);

export default function NotificationsPage() {
  const [show, setShow] = useState<'unread' | 'all'>('unread');
  const list = usePagedList([...notificationsKey, 'list', show], (cursor) =>
    unwrap(api.GET('/api/notifications', { params: { query: { unread: show === 'unread' ? 'true' : undefined, cursor, limit: 50 } } })), 20_000);
  return (
    <>
      <PageHeader title="Notifications" description="What needs your attention: escalations, orders, low ratings and tickets assigned to you." />
      <SegmentedControl mb="md" value={show} onChange={(v) => setShow(v as 'unread' | 'all')} aria-label="Show notifications"
        data={[{ value: 'unread', label: 'Unread' }, { value: 'all', label: 'All' }]} />
      <PagedList list={list} what="notifications" empty={show === 'unread' ? 'Nothing unread. You are up to date.' : 'No notifications yet.'}>
        {(items) => <Stack gap="sm">{items.map((n) => <NotificationCard key={n.id} notification={n} />)}</Stack>}
      </PagedList>
    </>
  );
}

function NotificationCard({ notification: n }: { notification: Notification }) {
  const markRead = useChange(() => unwrap(api.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId: n.id } } })), { refresh: [notificationsKey] });
  return (
    <Card withBorder data-testid="notification" bg={n.read ? undefined : 'var(--mantine-color-teal-0)'}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Badge color={kindColors[n.kind] ?? 'teal'} variant="light">{kindNames[n.kind] ?? n.kind}</Badge>
          {!n.read && <Badge color="red" variant="filled" size="sm">Unread</Badge>}
          {n.forMeOnly && <Badge color="gray" variant="outline" size="sm">For you</Badge>}
        </Group>
        <Text size="xs" c="dimmed">{new Date(n.at).toLocaleString()}</Text>
      </Group>
      <Text fw={n.read ? undefined : 600} mt="xs" style={{ whiteSpace: 'pre-wrap' }}>{n.text || n.subject}</Text>
      {n.text && !isId(n.subject) && <Text size="xs" c="dimmed">{n.subject}</Text>}
      <Group justify="space-between" mt="xs" wrap="wrap">
        {n.conversationId ? <Anchor component={Link} to={`/inbox/${n.conversationId}`} size="sm">Open the conversation</Anchor> : <span />}
        {!n.read && <Button size="xs" variant="light" loading={markRead.isPending} onClick={() => markRead.mutate(undefined)} aria-label={`Mark read: ${n.text || n.subject}`}>Mark read</Button>}
      </Group>
    </Card>
  );
}
