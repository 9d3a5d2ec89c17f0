import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth/AuthProvider';
import { may } from '../auth/roles';
import { PageHeader, useChange } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { ServiceModal } from './ServiceModal';

export const servicesKey = ['services'];
export const fetchServices = (cursor?: string) => unwrap(api.GET('/api/services', { params: { query: { cursor, limit: 200 } } }));

type Service = Schemas['ServiceView'];

export default function ServicesPage() {
  const me = useMe();
  const canEdit = may(me.role, 'POST /api/services');
  const services = usePagedList(servicesKey, fetchServices);
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const remove = useChange((serviceId: string) => unwrap(api.DELETE('/api/services/{serviceId}', { params: { path: { serviceId } } })), { done: 'The service is deleted.', refresh: [servicesKey] });
  const all = services.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title="Services and packages"
        description="Fixed prices: the assistant quotes exactly these and nothing else."
        actions={canEdit && <Button onClick={() => setEditing('new')}>Add service</Button>}
      />
      {editing && <ServiceModal service={editing === 'new' ? null : editing} services={all} onClose={() => setEditing(null)} />}
      <PagedList list={services} what="services" empty="No services yet. Add what the business sells, with its price.">
        {(items) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th ta="right">Price</Table.Th><Table.Th>Description</Table.Th>{canEdit && <Table.Th><span className="sr-only">Actions</span></Table.Th>}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td fw={600}>{s.name}</Table.Td>
                    <Table.Td><Badge variant="light" color={s.kind === 'PACKAGE' ? 'grape' : 'blue'}>{s.kind === 'PACKAGE' ? 'Package' : 'Service'}</Badge></Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{s.price} {s.currency}</Table.Td>
                    <Table.Td><Text size="sm" lineClamp={2}>{s.description}</Text></Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => setEditing(s)} aria-label={`Edit ${s.name}`}>Edit</Button>
                          <Button size="xs" variant="subtle" color="red" aria-label={`Delete ${s.name}`} onClick={() => window.confirm(`Delete ${s.name}?`) && remove.mutate(s.id)}>Delete</Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedList>
    </>
  );
}
