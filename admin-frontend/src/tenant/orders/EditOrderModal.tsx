import { ActionIcon, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { Loaded, useChange } from '../../ui/feedback';
import { fetchServices, servicesKey } from '../ServicesPage';
import { ordersKey } from '../OrdersPage';
import { useQuery } from '@tanstack/react-query';

type Line = Schemas['LineInput'];

/** Change which services and how many, then approve. Prices always come from the catalog, never from here. */
export function EditOrderModal({ order, onClose }: { order: Schemas['OrderView']; onClose: () => void }) {
  const services = useQuery({ queryKey: [...servicesKey, 'all'], queryFn: () => fetchServices() });
  const [lines, setLines] = useState<Line[]>(order.items.map(({ serviceId, quantity }) => ({ serviceId, quantity })));
  const approve = useChange(
    (items: Line[]) => unwrap(api.POST('/api/orders/{orderId}/approve', { params: { path: { orderId: order.id } }, body: { items } })),
    { done: 'The edited order is approved; the customer is told.', refresh: [ordersKey] },
  );
  const update = (index: number, change: Partial<Line>) => setLines(lines.map((l, i) => (i === index ? { ...l, ...change } : l)));
  function submit(event: FormEvent) {
    event.preventDefault();
    approve.mutate(lines, { onSuccess: onClose });
  }
  return (
    <Modal opened onClose={onClose} title="Edit, then approve" size="lg">
      <Loaded query={services} what="services">
        {({ items }) => {
          const choices = items.map((s) => ({ value: s.id, label: `${s.name} — ${s.price} ${s.currency}` }));
          return (
            <form onSubmit={submit}>
              <Stack>
                {lines.map((line, index) => (
                  <Group key={index} align="flex-end" wrap="nowrap">
                    <Select label={`Item ${index + 1}`} data={choices} value={line.serviceId} onChange={(serviceId) => serviceId && update(index, { serviceId })} searchable allowDeselect={false} style={{ flex: 1 }} />
                    <NumberInput label="Qty" min={1} max={1000} value={line.quantity} onChange={(q) => update(index, { quantity: Number(q) || 1 })} w={90} />
                    <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove item ${index + 1}`} disabled={lines.length === 1} onClick={() => setLines(lines.filter((_, i) => i !== index))}>✕</ActionIcon>
                  </Group>
                ))}
                <Button variant="default" disabled={choices.length === 0} onClick={() => setLines([...lines, { serviceId: choices[0]!.value, quantity: 1 }])}>Add an item</Button>
                <Text size="sm" c="dimmed">Prices are taken from the services list when the order is approved.</Text>
                <Group justify="flex-end">
                  <Button variant="default" onClick={onClose}>Cancel</Button>
                  <Button type="submit" loading={approve.isPending}>Approve edited order</Button>
                </Group>
              </Stack>
            </form>
          );
        }}
      </Loaded>
    </Modal>
  );
}
