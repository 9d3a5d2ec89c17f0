import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { useChange } from '../ui/feedback';
import { tenantsKey } from './tenantsApi';

/** Erasing a tenant for good: only after its slug is typed exactly (the API checks it too). */
export function HardDeleteButton({ tenant }: { tenant: Schemas['SettingsView'] }) {
  const [opened, modal] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const navigate = useNavigate();
  const erase = useChange(
    () => unwrap(api.POST('/api/platform/tenants/{tenantId}/hard-delete', { params: { path: { tenantId: tenant.tenantId } }, body: { confirmSlug: typed } })),
    { done: `${tenant.name} and all its data are erased.`, refresh: [tenantsKey] },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    erase.mutate(undefined, { onSuccess: () => navigate('/platform/tenants') });
  }
  return (
    <>
      <Button color="red" onClick={modal.open}>Erase permanently…</Button>
      <Modal opened={opened} onClose={modal.close} title={`Erase ${tenant.name} permanently`}>
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">This erases the tenant and all its data. It cannot be undone. Type the slug <b>{tenant.slug}</b> to confirm.</Text>
            <TextInput label="Slug" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} autoComplete="off" />
            <Group justify="flex-end">
              <Button variant="default" onClick={modal.close}>Cancel</Button>
              <Button type="submit" color="red" disabled={typed !== tenant.slug} loading={erase.isPending}>Erase</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
