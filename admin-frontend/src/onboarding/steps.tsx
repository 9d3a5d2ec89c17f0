import { Alert, Anchor, Button, Group, List, PasswordInput, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { notifyDone, notifyFailure } from '../ui/feedback';
import { Continue, progressKey } from './SetupWizardPage';

type Done = { onDone: () => Promise<void> };

async function attempt(work: () => Promise<unknown>, done?: string): Promise<boolean> {
  try {
    await work();
    if (done) notifyDone(done);
    return true;
  } catch (error) {
    notifyFailure(error);
    return false;
  }
}

const settingsKey = ['settings'];
const useSettings = () => useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.GET('/api/settings')) });

export function ProfileStep({ onDone }: Done) {
  const settings = useSettings();
  const [form, setForm] = useState({ name: '', about: '', address: '', phone: '', weekdays: '09:00-18:00', saturday: '', sunday: '' });
  useEffect(() => {
    if (!settings.data) return;
    const s = settings.data;
    const hours = s.workingHours ?? {};
    setForm((f) => ({ ...f, name: s.name, about: s.about ?? '', address: s.address ?? '', phone: s.phone ?? '',
      weekdays: hours.mon ?? f.weekdays, saturday: hours.sat ?? '', sunday: hours.sun ?? '' }));
  }, [settings.data]);
  const set = (field: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [field]: value }));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const byDay: Record<string, string> = {};
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri']) if (form.weekdays.trim()) byDay[day] = form.weekdays.trim();
    if (form.saturday.trim()) byDay.sat = form.saturday.trim();
    if (form.sunday.trim()) byDay.sun = form.sunday.trim();
    const ok = await attempt(async () => {
      await unwrap(api.PUT('/api/settings/profile', { body: { name: form.name.trim(), about: form.about, address: form.address, phone: form.phone } }));
      await unwrap(api.PUT('/api/settings/working-hours', { body: { byDay } }));
    }, 'The profile and hours are saved.');
    if (ok) await onDone();
  }

  return (
    <form onSubmit={(e) => void save(e)}>
      <Stack mt="md">
        <TextInput label="Business name" required value={form.name} onChange={set('name')} />
        <Textarea label="About the business" description="The assistant uses your catalog and FAQs; this is shown to staff." value={form.about} onChange={set('about')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Address" value={form.address} onChange={set('address')} />
          <TextInput label="Phone" value={form.phone} onChange={set('phone')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Monday to Friday" description="e.g. 09:00-13:00,14:00-18:00" value={form.weekdays} onChange={set('weekdays')} />
          <TextInput label="Saturday" description="empty: closed" value={form.saturday} onChange={set('saturday')} />
          <TextInput label="Sunday" description="empty: closed" value={form.sunday} onChange={set('sunday')} />
        </SimpleGrid>
        <Group justify="flex-end"><Button type="submit">Save and continue</Button></Group>
      </Stack>
    </form>
  );
}

export function FaqStep({ onDone }: Done) {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [added, setAdded] = useState<string[]>([]);
  async function add(event: FormEvent) {
    event.preventDefault();
    const q = question.trim();
    if (await attempt(() => unwrap(api.POST('/api/faqs', { body: { question: q, answer: answer.trim() } })), 'The FAQ is added.')) {
      setAdded((a) => [...a, q]);
      setQuestion('');
      setAnswer('');
    }
  }
  return (
    <Stack mt="md">
      <Text size="sm">Questions customers often ask (opening times, parking, payment). Optional: you can add more later under FAQs.</Text>
      {added.length > 0 && <List size="sm">{added.map((q) => <List.Item key={q}>{q}</List.Item>)}</List>}
      <form onSubmit={(e) => void add(e)}>
        <Stack>
          <TextInput label="Question" required value={question} onChange={(e) => setQuestion(e.currentTarget.value)} />
          <Textarea label="Answer" required value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} />
          <Group><Button type="submit" variant="default">Add FAQ</Button></Group>
        </Stack>
      </form>
      <Continue onDone={onDone} />
    </Stack>
  );
}

export function WhatsAppStep({ onDone }: Done) {
  const [form, setForm] = useState({ phoneNumberId: '', displayPhoneNumber: '', accessToken: '' });
  const set = (field: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [field]: value }));
  };
  async function connect(event: FormEvent) {
    event.preventDefault();
    const body = { phoneNumberId: form.phoneNumberId.trim(), displayPhoneNumber: form.displayPhoneNumber.trim(), accessToken: form.accessToken.trim() };
    if (await attempt(() => unwrap(api.PUT('/api/onboarding/whatsapp', { body })), 'The WhatsApp number is connected.')) await onDone();
  }
  return (
    <form onSubmit={(e) => void connect(e)}>
      <Stack mt="md">
        <Text size="sm">Connect a WhatsApp Cloud API number from your Meta business account (WhatsApp Manager → API setup). The token is stored encrypted and never shown again. You can change the connection later under <Anchor component={Link} to="/settings">Settings</Anchor>.</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Phone number ID" required value={form.phoneNumberId} onChange={set('phoneNumberId')} />
          <TextInput label="Phone number" description="as customers see it" required value={form.displayPhoneNumber} onChange={set('displayPhoneNumber')} />
        </SimpleGrid>
        <PasswordInput label="Access token" required value={form.accessToken} onChange={set('accessToken')} />
        <Group justify="flex-end"><Button type="submit">Connect number</Button></Group>
      </Stack>
    </form>
  );
}

export function AiStep({ onDone }: Done) {
  const settings = useSettings();
  const [enabled, setEnabled] = useState(true);
  useEffect(() => { if (settings.data) setEnabled(settings.data.ai.enabled); }, [settings.data]);
  async function save() {
    const body = { enabled, confidenceThreshold: 0.85, allowedResponseTypes: ['catalog', 'faq', 'collect_details', 'order_request'] };
    if (await attempt(() => unwrap(api.PATCH('/api/settings/ai', { body })), 'The assistant settings are saved.')) await onDone();
  }
  return (
    <Stack mt="md">
      <Text size="sm">Safe defaults: the assistant answers only from your catalog and FAQs, quotes catalog prices exactly, collects details for order requests that a person approves, and hands over to staff when it is less than 85% sure. You can tune this under Settings.</Text>
      <Switch label="Let the assistant answer customers" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
      <Group justify="flex-end"><Button onClick={() => void save()}>Use these settings</Button></Group>
    </Stack>
  );
}

export function StaffStep({ onDone }: Done) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<'AGENT' | 'MANAGER' | 'TENANT_ADMIN'>('AGENT');
  const [invited, setInvited] = useState<string[]>([]);
  async function invite(event: FormEvent) {
    event.preventDefault();
    if (await attempt(() => unwrap(api.POST('/api/users', { body: { email: email.trim(), name: name.trim(), role } })), `${email} is invited.`)) {
      setInvited((i) => [...i, email.trim()]);
      setEmail('');
      setName('');
    }
  }
  return (
    <Stack mt="md">
      <Text size="sm">Invite the people who will answer customers. Optional: you can invite more later under Users and roles.</Text>
      {invited.length > 0 && <List size="sm">{invited.map((e) => <List.Item key={e}>{e}</List.Item>)}</List>}
      <form onSubmit={(e) => void invite(e)}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Staff email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <TextInput label="Staff name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Select label="Role" data={[{ value: 'AGENT', label: 'Agent' }, { value: 'MANAGER', label: 'Manager' }, { value: 'TENANT_ADMIN', label: 'Admin' }]}
            value={role} onChange={(v) => setRole((v as typeof role) ?? 'AGENT')} allowDeselect={false} />
        </SimpleGrid>
        <Group mt="sm"><Button type="submit" variant="default">Invite</Button></Group>
      </form>
      <Continue onDone={onDone} />
    </Stack>
  );
}

export function GoLiveStep({ live }: { live: boolean }) {
  const queries = useQueryClient();
  const [busy, setBusy] = useState(false);
  async function goLive() {
    setBusy(true);
    const ok = await attempt(async () => queries.setQueryData(progressKey, await unwrap(api.POST('/api/onboarding/go-live'))), 'You are live.');
    if (!ok) setBusy(false);
  }
  if (live) return <Alert mt="md" color="teal" title="Live">Customers who write to your number get answers now. Watch the conversations in the <Anchor component={Link} to="/inbox">Inbox</Anchor>.</Alert>;
  return (
    <Stack mt="md">
      <Text size="sm">When you go live, the assistant answers customers who write to your WhatsApp number. Staff can take over any conversation from the Inbox.</Text>
      <Group justify="flex-end"><Button color="teal" onClick={() => void goLive()} loading={busy}>Go live</Button></Group>
    </Stack>
  );
}
