import { Alert, Anchor, Button, Center, Checkbox, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { unwrap } from '../api/client';
import { sentenceOf } from '../api/errors';
import { publicApi } from './publicApi';

const COUNTRIES: [string, string, string][] = [
  ['PT', 'Portugal', 'EUR'], ['ES', 'Spain', 'EUR'], ['FR', 'France', 'EUR'], ['DE', 'Germany', 'EUR'], ['IT', 'Italy', 'EUR'],
  ['IE', 'Ireland', 'EUR'], ['NL', 'Netherlands', 'EUR'], ['GB', 'United Kingdom', 'GBP'], ['US', 'United States', 'USD'],
  ['CA', 'Canada', 'CAD'], ['BR', 'Brazil', 'BRL'], ['MX', 'Mexico', 'MXN'], ['IN', 'India', 'INR'], ['ZA', 'South Africa', 'ZAR'],
  ['NG', 'Nigeria', 'NGN'], ['KE', 'Kenya', 'KES'], ['AE', 'United Arab Emirates', 'AED'], ['AU', 'Australia', 'AUD'], ['JP', 'Japan', 'JPY'],
];
const CURRENCIES = [...new Set(COUNTRIES.map(([, , currency]) => currency))].sort();
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
/** Every IANA zone the browser knows, with its own zone and UTC always among them (a Select keeps only listed values). */
const ZONES: string[] = [...new Set([...((Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? []),
  BROWSER_ZONE, 'UTC'])].sort();

export default function SignUpPage() {
  const [form, setForm] = useState({ businessName: '', ownerName: '', email: '', password: '', country: 'PT', currency: 'EUR',
    timezone: BROWSER_ZONE, acceptTerms: false, acceptPrivacy: false });
  const [problem, setProblem] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof form) => (value: string | boolean | null) => setForm((f) => ({ ...f, [field]: value ?? '' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const done = await unwrap(publicApi.POST('/api/signup', { body: { ...form, email: form.email.trim() } }));
      setSentTo(done.email);
    } catch (error) {
      setProblem(sentenceOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={560}>
        {sentTo ? (
          <Stack>
            <Title order={1} size="h3">Check your email</Title>
            <Text>We sent a link to <b>{sentTo}</b>. Follow it within 48 hours to verify the address, then sign in to set up your business.</Text>
            <Anchor component={Link} to="/login">Go to sign in</Anchor>
          </Stack>
        ) : (
          <form onSubmit={(e) => void submit(e)}>
            <Stack>
              <Title order={1} size="h3">Create your Parley account</Title>
              <Text size="sm" c="dimmed">Start with a free trial. No card needed.</Text>
              {problem && <Alert color="red" role="alert">{problem}</Alert>}
              <TextInput label="Business name" required value={form.businessName} onChange={(e) => set('businessName')(e.currentTarget.value)} />
              <TextInput label="Your name" required autoComplete="name" value={form.ownerName} onChange={(e) => set('ownerName')(e.currentTarget.value)} />
              <TextInput label="Email" type="email" required autoComplete="email" value={form.email} onChange={(e) => set('email')(e.currentTarget.value)} />
              <PasswordInput label="Password" description="At least 12 characters." required autoComplete="new-password" value={form.password}
                onChange={(e) => set('password')(e.currentTarget.value)} />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select label="Country" required searchable data={COUNTRIES.map(([code, name]) => ({ value: code, label: name }))} value={form.country}
                  onChange={(code) => {
                    const currency = COUNTRIES.find(([c]) => c === code)?.[2];
                    setForm((f) => ({ ...f, country: code ?? f.country, currency: currency ?? f.currency }));
                  }} />
                <Select label="Currency" required searchable data={CURRENCIES} value={form.currency} onChange={set('currency')} />
                <Select label="Time zone" required searchable data={ZONES} value={form.timezone} onChange={set('timezone')} />
              </SimpleGrid>
              <Checkbox label={<>I accept the <Anchor href="/terms" target="_blank">terms of service</Anchor></>} checked={form.acceptTerms}
                onChange={(e) => set('acceptTerms')(e.currentTarget.checked)} />
              <Checkbox label={<>I have read the <Anchor href="/privacy" target="_blank">privacy notice</Anchor></>} checked={form.acceptPrivacy}
                onChange={(e) => set('acceptPrivacy')(e.currentTarget.checked)} />
              <Group justify="space-between">
                <Anchor component={Link} to="/login" size="sm">I already have an account</Anchor>
                <Button type="submit" loading={busy}>Create account</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
