import { Button, Group, Modal, MultiSelect, SegmentedControl, Stack, TagsInput, Textarea, TextInput, Input } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useChange } from '../ui/feedback';
import { servicesKey } from './ServicesPage';

type Service = Schemas['ServiceView'];
type ServiceInput = Schemas['ServiceInput'];

function inputOf(service: Service | null): ServiceInput {
  if (!service) return { name: '', kind: 'SERVICE', price: '', description: '', keywords: [], includes: [] };
  const { name, kind, price, description, keywords, includes } = service;
  return { name, kind: kind as ServiceInput['kind'], price, description: description ?? '', keywords, includes };
}

export function ServiceModal({ service, services, onClose }: { service: Service | null; services: Service[]; onClose: () => void }) {
  const [form, setForm] = useState(() => inputOf(service));
  const save = useChange(
    (body: ServiceInput) =>
      service
        ? unwrap(api.PUT('/api/services/{serviceId}', { params: { path: { serviceId: service.id } }, body }))
        : unwrap(api.POST('/api/services', { body })),
    { done: service ? 'The service is saved.' : 'The service is added.', refresh: [servicesKey] },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const includes = form.kind === 'PACKAGE' ? form.includes : [];
    save.mutate({ ...form, name: form.name.trim(), price: form.price.trim(), includes }, { onSuccess: onClose });
  }
  const includable = services.filter((s) => s.kind === 'SERVICE' && s.id !== service?.id).map((s) => ({ value: s.id, label: s.name }));
  return (
    <Modal opened onClose={onClose} title={service ? `Edit ${service.name}` : 'Add a service'} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          <Input.Wrapper label="Kind">
            <SegmentedControl fullWidth value={form.kind} onChange={(kind) => setForm({ ...form, kind: kind as ServiceInput['kind'] })} data={[{ value: 'SERVICE', label: 'Service' }, { value: 'PACKAGE', label: 'Package' }]} />
          </Input.Wrapper>
          <TextInput label="Price" description="A fixed price such as 72.50" required inputMode="decimal" value={form.price} onChange={(e) => setForm({ ...form, price: e.currentTarget.value })} />
          <Textarea label="Description" autosize minRows={2} value={form.description} onChange={(e) => setForm({ ...form, description: e.currentTarget.value })} />
          <TagsInput label="Keywords" description="Words customers use for it; press Enter after each" value={form.keywords} onChange={(keywords) => setForm({ ...form, keywords })} />
          {form.kind === 'PACKAGE' && (
            <MultiSelect label="Includes" data={includable} value={form.includes} onChange={(includes) => setForm({ ...form, includes })} searchable />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>{service ? 'Save' : 'Add service'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
