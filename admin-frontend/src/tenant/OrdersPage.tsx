import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth/AuthProvider';
import { may } from '../auth/roles';
import { notifyDone, PageHeader, useChange } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { EditOrderModal } from './orders/EditOrderModal';
import { RejectOrderModal } from './orders/RejectOrderModal';

type Order = Schemas['OrderView'];
type StatusFilter = 'PENDING' | 'APPROVED' | 'REJECTED' | 'ALL';
export const ordersKey = ['orders'];
const statusColors: Record<string, string> = { PENDING: 'yellow', APPROVED: 'teal', REJECTED: 'red', CANCELLED: 'gray' };

export default function OrdersPage() {
  const [status, setStatus] = useState<StatusFilter>('PENDING');
  const orders = usePagedList([...ordersKey, status], (cursor) =>
    unwrap(api.GET('/api/orders', { params: { query: { status: status === 'ALL' ? undefined : status, cursor, limit: 50 } } })), 10_000);
  return (
    <>
      <PageHeader title="Orders" description="Order requests the assistant drafted. Nothing is confirmed to a customer until a person approves it." />
      <SegmentedControl mb="md" value={status} onChange={(s) => setStatus(s as StatusFilter)} aria-label="Show orders"
        data={[{ value: 'PENDING', label: 'Pending' }, { value: 'APPROVED', label: 'Approved' }, { value: 'REJECTED', label: 'Rejected' }, { value: 'ALL', label: 'All' }]} />
      <PagedList list={orders} what="orders" empty={status === 'PENDING' ? 'No order waits for a decision.' : 'No orders here.'}>
        {(items) => <Stack>{items.map((o) => <OrderCard key={o.id} order={o} />)}</Stack>}
      </PagedList>
    </>
  );
}

function OrderCard({ order }: { order: Order }) {
  const canDecide = may(useMe().role, 'POST /api/orders/{orderId}/approve') && order.status === 'PENDING';
  const [dialog, setDialog] = useState<'edit' | 'reject' | null>(null);
  const canAsk = may(useMe().role, 'POST /api/orders/{orderId}/review-request') && order.status === 'APPROVED';
  const askReview = useChange(() => unwrap(api.POST('/api/orders/{orderId}/review-request', { params: { path: { orderId: order.id } } })),
    { refresh: [['reviews']] });
  const approve = useChange(() => unwrap(api.POST('/api/orders/{orderId}/approve', { params: { path: { orderId: order.id } } })), { done: 'The order is approved; the customer is told.', refresh: [ordersKey] });
  const { customer } = order;
  return (
    <Card withBorder data-testid="order">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <div>
          <Text fw={600}>{customer.name ?? customer.phone}</Text>
          <Text size="sm" c="dimmed">{[customer.phone, customer.address, customer.notes].filter(Boolean).join(' · ')}</Text>
        </div>
        <Badge color={statusColors[order.status] ?? 'gray'} variant="light">{order.status.toLowerCase()}</Badge>
      </Group>
      <Table.ScrollContainer minWidth={360}>
        <Table>
          <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th ta="right">Qty</Table.Th><Table.Th ta="right">Unit price</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {order.items.map((line, i) => (
              <Table.Tr key={`${line.serviceId}-${i}`}><Table.Td>{line.name}</Table.Td><Table.Td ta="right">{line.quantity}</Table.Td><Table.Td ta="right">{line.unitPrice} {order.currency}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="sm" wrap="wrap">
        <Text size="sm">Total <b>{order.total} {order.currency}</b> · requested {new Date(order.createdAt).toLocaleString()}{order.decidedBy ? ` · decided by ${order.decidedBy}` : ''}</Text>
        {canAsk && (
          <Button size="xs" variant="light" loading={askReview.isPending}
            onClick={() => askReview.mutate(undefined, { onSuccess: (a) => notifyDone(a.asked ? 'The customer is asked for a review on WhatsApp.' : 'This customer was asked about this order already.') })}>
            Ask for a review
          </Button>
        )}
        {canDecide && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setDialog('edit')}>Edit, then approve</Button>
            <Button size="xs" variant="light" color="red" onClick={() => setDialog('reject')}>Reject</Button>
            <Button size="xs" loading={approve.isPending} onClick={() => approve.mutate(undefined)}>Approve</Button>
          </Group>
        )}
      </Group>
      {dialog === 'edit' && <EditOrderModal order={order} onClose={() => setDialog(null)} />}
      {dialog === 'reject' && <RejectOrderModal order={order} onClose={() => setDialog(null)} />}
    </Card>
  );
}
