import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useChange } from '../../ui/feedback';
import { ordersKey } from '../OrdersPage';

export function RejectOrderModal({ order, onClose }: { order: Schemas['OrderView']; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const reject = useChange(
    () => unwrap(api.POST('/api/orders/{orderId}/reject', { params: { path: { orderId: order.id } }, body: { reason: reason.trim() } })),
    { done: 'The order is rejected.', refresh: [ordersKey] },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    reject.mutate(undefined, { onSuccess: onClose });
  }
  return (
    <Modal opened onClose={onClose} title="Reject the order">
      <form onSubmit={submit}>
        <Stack>
          <Textarea label="Reason (optional)" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" color="red" loading={reject.isPending}>Reject order</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
