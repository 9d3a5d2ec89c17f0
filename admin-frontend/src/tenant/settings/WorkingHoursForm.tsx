import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useChange } from '../../ui/feedback';
import { settingsKey } from '../SettingsPage';

const days = [['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'], ['sat', 'Saturday'], ['sun', 'Sunday']] as const;

export function WorkingHoursForm({ hours, timezone, readOnly }: { hours: Record<string, string>; timezone: string; readOnly: boolean }) {
  const [byDay, setByDay] = useState(hours);
  const save = useChange((body: { byDay: Record<string, string> }) => unwrap(api.PUT('/api/settings/working-hours', { body })), { done: 'The working hours are saved.', refresh: [settingsKey] });
  function submit(event: FormEvent) {
    event.preventDefault();
    const open = Object.fromEntries(Object.entries(byDay).map(([d, r]) => [d, r.trim()]).filter(([, r]) => r));
    save.mutate({ byDay: open });
  }
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4">Working hours</Title>
      <Text size="sm" c="dimmed" mb="sm">As 09:00-18:00 in {timezone}; leave a day empty when closed.</Text>
      <Stack gap={6}>
        {days.map(([day, name]) => (
          <Group key={day} wrap="nowrap" gap="sm">
            <Text component="label" htmlFor={`hours-${day}`} w={96} size="sm">{name}</Text>
            <TextInput id={`hours-${day}`} placeholder="Closed" readOnly={readOnly} value={byDay[day] ?? ''} onChange={(e) => setByDay({ ...byDay, [day]: e.currentTarget.value })} style={{ flex: 1 }} />
          </Group>
        ))}
        {!readOnly && <Group justify="flex-end" mt="xs"><Button type="submit" loading={save.isPending}>Save hours</Button></Group>}
      </Stack>
    </Card>
  );
}
