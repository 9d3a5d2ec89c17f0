import { Button, Card, Checkbox, Group, Input, Slider, Stack, Switch, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useChange } from '../../ui/feedback';
import { settingsKey } from '../SettingsPage';

const responseTypes = [
  { value: 'catalog', label: 'Answer from the services and prices' },
  { value: 'faq', label: 'Answer from the FAQs' },
  { value: 'collect_details', label: 'Collect the customer’s details' },
  { value: 'order_request', label: 'Draft order requests for staff to approve' },
];

export function AiControls({ ai, readOnly }: { ai: Schemas['AiView']; readOnly: boolean }) {
  const [form, setForm] = useState(ai);
  const save = useChange((body: Schemas['AiPatch']) => unwrap(api.PATCH('/api/settings/ai', { body })), { done: 'The assistant settings are saved; they act on the next message.', refresh: [settingsKey] });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(form);
  }
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="sm">Assistant</Title>
      <Stack>
        <Switch size="md" label="AI replies to customers" checked={form.enabled} disabled={readOnly} onChange={(e) => setForm({ ...form, enabled: e.currentTarget.checked })}
          description={form.enabled ? 'The assistant answers; below the threshold it hands over to staff.' : 'Off: every message waits in the inbox for staff.'} />
        <Input.Wrapper id="threshold" label={`Confidence threshold: ${form.confidenceThreshold.toFixed(2)}`} description="Below this confidence the assistant hands the conversation to staff.">
          <Slider
            thumbLabel="Confidence threshold"
            min={0.5} max={1} step={0.01} mt="xs" mb="lg"
            value={form.confidenceThreshold}
            disabled={readOnly}
            onChange={(confidenceThreshold) => setForm({ ...form, confidenceThreshold })}
            label={(v) => v.toFixed(2)}
            marks={[{ value: 0.5, label: '0.50' }, { value: 0.85, label: '0.85' }, { value: 1, label: '1.00' }]}
          />
        </Input.Wrapper>
        <Checkbox.Group label="Allowed response types" value={form.allowedResponseTypes} onChange={(allowedResponseTypes) => setForm({ ...form, allowedResponseTypes })}>
          <Stack gap={6} mt="xs">
            {responseTypes.map((t) => <Checkbox key={t.value} value={t.value} label={t.label} disabled={readOnly} />)}
          </Stack>
        </Checkbox.Group>
        {readOnly ? <Text size="sm" c="dimmed">Only an admin can change the assistant.</Text> : (
          <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Save assistant settings</Button></Group>
        )}
      </Stack>
    </Card>
  );
}
