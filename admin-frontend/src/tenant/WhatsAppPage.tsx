import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { Loaded, PageHeader, useChange } from '../ui/feedback';
import { QrImage } from './whatsapp/QrImage';
import { secondsLeft, statusOf } from './whatsapp/sessionStatus';

export const whatsAppKey = ['whatsapp-session'];
type Session = Schemas['SessionView'] | null;

/** The business's WhatsApp number: the Cloud API number's state, or linking the phone to the gateway with a live QR / pairing code. */
export default function WhatsAppPage() {
  const connection = useQuery({
    queryKey: whatsAppKey,
    queryFn: () => unwrap(api.GET('/api/settings/whatsapp/session')),
    refetchInterval: (query) => (statusOf((query.state.data?.session as Session)?.status).live ? 2000 : 15000),
  });
  return (
    <>
      <PageHeader title="WhatsApp" description="The number your customers write to." />
      <Loaded query={connection} what="the WhatsApp connection">
        {(c) => (c.mode === 'cloud' ? <CloudNumber connection={c} /> : <Gateway session={c.session as Session} />)}
      </Loaded>
    </>
  );
}

function CloudNumber({ connection }: { connection: Schemas['ConnectionView'] }) {
  return (
    <Card withBorder maw={640}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Official Cloud API</Title>
        <Badge color={connection.accessTokenConfigured ? 'teal' : 'orange'} variant="light">
          {connection.accessTokenConfigured ? 'Ready to send' : 'Access token missing'}
        </Badge>
      </Group>
      <Text size="sm">Customers write to {connection.displayPhoneNumber} (Meta phone number id {connection.phoneNumberId}).</Text>
      {!connection.accessTokenConfigured && <Text size="sm" c="dimmed" mt="xs">Replies cannot be sent until the Cloud API access token is stored.</Text>}
    </Card>
  );
}

function Gateway({ session }: { session: Session }) {
  const status = statusOf(session?.status);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">Linked phone</Title>
          <Badge color={status.color} variant="light" aria-label={`Status: ${status.label}`}>{status.label}</Badge>
        </Group>
        <Stack gap="xs">
          <Text size="sm">{session?.phoneNumber ? `Customers write to +${session.phoneNumber}.` : 'No phone is linked yet.'}</Text>
          {session?.detail && !session.loginCode && <Text size="sm" c="dimmed">{session.detail}</Text>}
          <LoginCode session={session} />
        </Stack>
      </Card>
      <LinkPhone linked={session?.status === 'CONNECTED'} />
    </SimpleGrid>
  );
}

function LoginCode({ session }: { session: Session }) {
  const [now, setNow] = useState(() => Date.now());
  const code = session?.loginCode ?? null;
  useEffect(() => {
    if (!code) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [code]);
  if (!code) return session?.status === 'CONNECTING' ? <Text size="sm">Asking WhatsApp for a code…</Text> : null;
  const left = secondsLeft(code.expiresAt, now);
  const what = code.kind === 'QR' ? 'Replaced by a new code' : 'Expires';
  const refresh = left === null ? null : <Text size="xs" c="dimmed" aria-live="polite">{left > 0 ? `${what} in ${left} s` : 'A new code is on its way…'}</Text>;
  if (code.kind === 'QR') {
    return (
      <Stack gap={6} align="flex-start">
        <Text size="sm">On the business phone open WhatsApp → Settings → Linked devices → Link a device, and scan:</Text>
        <QrImage value={code.value} />
        {refresh}
      </Stack>
    );
  }
  return (
    <Stack gap={6}>
      <Text size="sm">On the business phone open WhatsApp → Linked devices → Link with phone number instead, and type:</Text>
      <Text ff="monospace" fz={32} fw={700} aria-label="Pairing code">{code.value}</Text>
      {refresh}
    </Stack>
  );
}

function LinkPhone({ linked }: { linked: boolean }) {
  const [phone, setPhone] = useState('');
  const login = useChange((body: Schemas['LoginInput']) => unwrap(api.POST('/api/settings/whatsapp/session/login', { body })),
    { done: 'Login started; the code appears in a moment.', refresh: [whatsAppKey] });
  function byPairingCode(event: FormEvent) {
    event.preventDefault();
    login.mutate({ method: 'pairing_code', phoneNumber: phone });
  }
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">{linked ? 'Link another phone' : 'Link the business phone'}</Title>
      <Stack>
        <Text size="sm" c="dimmed">WhatsApp Web multi-device: the phone stays the owner; Parley is one of its linked devices.</Text>
        <Button onClick={() => login.mutate({ method: 'qr' } as Schemas['LoginInput'])} loading={login.isPending && login.variables?.method === 'qr'}>
          Link with a QR code
        </Button>
        <form onSubmit={byPairingCode}>
          <Group align="flex-end">
            <TextInput label="Phone number" description="International format, e.g. 351912345678" value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)} inputMode="tel" autoComplete="tel" style={{ flex: 1, minWidth: 180 }} />
            <Button type="submit" variant="light" loading={login.isPending && login.variables?.method === 'pairing_code'}>Get a pairing code</Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}
