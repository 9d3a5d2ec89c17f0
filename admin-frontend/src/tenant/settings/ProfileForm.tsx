import { Button, Card, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useChange } from '../../ui/feedback';
import { settingsKey } from '../SettingsPage';

export function ProfileForm({ settings, readOnly }: { settings: Schemas['SettingsView']; readOnly: boolean }) {
  const [form, setForm] = useState({ name: settings.name, about: settings.about ?? '', address: settings.address ?? '', phone: settings.phone ?? '' });
  const save = useChange((body: Schemas['ProfileInput']) => unwrap(api.PUT('/api/settings/profile', { body })), { done: 'The business profile is saved.', refresh: [settingsKey] });
  const field = (name: keyof typeof form) => ({
    value: form[name],
    readOnly,
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [name]: e.currentTarget.value }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(form);
  }
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="sm">Business profile</Title>
      <Stack gap="xs">
        <TextInput label="Business name" required {...field('name')} />
        <Textarea label="About" autosize minRows={2} {...field('about')} />
        <TextInput label="Address" {...field('address')} />
        <TextInput label="Phone" type="tel" {...field('phone')} />
        {!readOnly && <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Save profile</Button></Group>}
      </Stack>
    </Card>
  );
}
