import { Button, Fieldset, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { useChange } from '../ui/feedback';
import { tenantsKey } from './tenantsApi';

const blank = { slug: '', name: '', currency: 'USD', timezone: 'UTC', locale: 'en-US', adminEmail: '', adminName: '' };

export function NewTenantModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [form, setForm] = useState(blank);
  const field = (name: keyof typeof blank) => ({
    value: form[name],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [name]: e.currentTarget.value }),
  });
  const create = useChange((body: Schemas['NewTenant']) => unwrap(api.POST('/api/platform/tenants', { body })), {
    done: 'The tenant is registered.',
    refresh: [tenantsKey],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const admin = form.adminEmail ? { email: form.adminEmail.trim(), name: form.adminName.trim() || form.adminEmail.trim() } : undefined;
    const { slug, name, currency, timezone, locale } = form;
    create.mutate({ slug: slug.trim(), name: name.trim(), currency: currency.trim().toUpperCase(), timezone, locale, admin: admin as Schemas['FirstAdmin'] }, {
      onSuccess: (tenant) => {
        setForm(blank);
        onClose();
        navigate(tenant.tenantId);
      },
    });
  }

  return (
    <Modal opened={opened} onClose={onClose} title="New tenant" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Business name" required {...field('name')} />
            <TextInput label="Slug" description="Lower-case letters, digits and dashes" required {...field('slug')} />
            <TextInput label="Currency" description="ISO-4217, such as USD" required maxLength={3} {...field('currency')} />
            <TextInput label="Time zone" description="IANA, such as Europe/Lisbon" required {...field('timezone')} />
            <TextInput label="Locale" description="Such as en-US" required {...field('locale')} />
          </SimpleGrid>
          <Fieldset legend="First admin (optional; gets an invitation mail)">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Admin email" type="email" {...field('adminEmail')} />
              <TextInput label="Admin name" {...field('adminName')} />
            </SimpleGrid>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending}>Create tenant</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
