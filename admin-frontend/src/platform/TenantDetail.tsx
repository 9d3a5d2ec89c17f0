import { Anchor, Button, Card, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { Loaded, PageHeader, useChange } from '../ui/feedback';
import { HardDeleteButton } from './HardDeleteButton';
import { fetchTenant, switchTenantAi, tenantKey, tenantsKey } from './tenantsApi';
import { TenantStatus } from './tenantStatus';

type Tenant = Schemas['SettingsView'];

export function TenantDetail() {
  const { tenantId = '' } = useParams();
  const tenant = useQuery({ queryKey: tenantKey(tenantId), queryFn: () => fetchTenant(tenantId) });
  return (
    <>
      <Anchor component={Link} to=".." relative="path" size="sm">← All tenants</Anchor>
      <Loaded query={tenant} what="the tenant">
        {(t) => (
          <>
            <PageHeader title={t.name} description={`${t.slug} · ${t.currency} · ${t.timezone} · ${t.locale}`} actions={<TenantStatus status={t.status} />} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Lifecycle tenant={t} />
              <AiSwitch tenant={t} />
              <CloudNumber tenant={t} />
            </SimpleGrid>
          </>
        )}
      </Loaded>
    </>
  );
}

type LifecyclePath = '/api/platform/tenants/{tenantId}/activate' | '/api/platform/tenants/{tenantId}/suspend' | '/api/platform/tenants/{tenantId}/restore';

function Lifecycle({ tenant }: { tenant: Tenant }) {
  const refresh = [tenantsKey, tenantKey(tenant.tenantId)];
  const params = { path: { tenantId: tenant.tenantId } };
  const move = useChange((path: LifecyclePath) => unwrap(api.POST(path, { params })), { done: 'The tenant’s status changed.', refresh });
  const softDelete = useChange(() => unwrap(api.DELETE('/api/platform/tenants/{tenantId}', { params })), { done: 'The tenant is deleted; it can be restored.', refresh });
  const live = ['CREATED', 'ACTIVE', 'SUSPENDED'].includes(tenant.status);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">Status</Title>
      <Group>
        {tenant.status === 'CREATED' && <Button onClick={() => move.mutate('/api/platform/tenants/{tenantId}/activate')}>Activate</Button>}
        {tenant.status === 'ACTIVE' && <Button color="orange" onClick={() => move.mutate('/api/platform/tenants/{tenantId}/suspend')}>Suspend</Button>}
        {tenant.status === 'SUSPENDED' && <Button onClick={() => move.mutate('/api/platform/tenants/{tenantId}/activate')}>Resume</Button>}
        {tenant.status === 'SOFT_DELETED' && <Button onClick={() => move.mutate('/api/platform/tenants/{tenantId}/restore')}>Restore</Button>}
        {live && <Button color="red" variant="light" onClick={() => window.confirm(`Delete ${tenant.name}? It can be restored later.`) && softDelete.mutate()}>Delete</Button>}
        {tenant.status === 'SOFT_DELETED' && <HardDeleteButton tenant={tenant} />}
      </Group>
    </Card>
  );
}

function AiSwitch({ tenant }: { tenant: Tenant }) {
  const change = useChange((enabled: boolean) => switchTenantAi(tenant.tenantId, enabled), {
    refresh: [tenantKey(tenant.tenantId), ['platform', 'kill-switches']],
  });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">Assistant</Title>
      <Switch
        size="md"
        label={tenant.ai.enabled ? 'AI replies are on for this tenant' : 'AI replies are off for this tenant'}
        checked={tenant.ai.enabled}
        disabled={change.isPending}
        onChange={(e) => change.mutate(e.currentTarget.checked)}
      />
      <Text size="sm" c="dimmed" mt="xs">Confidence threshold {tenant.ai.confidenceThreshold}</Text>
    </Card>
  );
}

function CloudNumber({ tenant }: { tenant: Tenant }) {
  const [phoneNumberId, setPhoneNumberId] = useState(tenant.whatsapp.phoneNumberId ?? '');
  const [displayPhoneNumber, setDisplay] = useState(tenant.whatsapp.displayPhoneNumber ?? '');
  const assign = useChange(
    (body: Schemas['CloudNumber']) => unwrap(api.PUT('/api/platform/tenants/{tenantId}/whatsapp-number', { params: { path: { tenantId: tenant.tenantId } }, body })),
    { done: 'The Cloud API number is assigned.', refresh: [tenantKey(tenant.tenantId)] },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    assign.mutate({ phoneNumberId: phoneNumberId.trim(), displayPhoneNumber: displayPhoneNumber.trim() });
  }
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="sm">Official Cloud API number</Title>
      <Text size="sm" mb="sm">
        {tenant.whatsapp.mode === 'cloud' ? `Connected: ${tenant.whatsapp.displayPhoneNumber} (id ${tenant.whatsapp.phoneNumberId})` : 'Not on the Cloud API: this tenant uses the unofficial gateway.'}
      </Text>
      <Stack gap="xs">
        <TextInput label="Phone number id (Meta)" required value={phoneNumberId} onChange={(e) => setPhoneNumberId(e.currentTarget.value)} />
        <TextInput label="Display number" required value={displayPhoneNumber} onChange={(e) => setDisplay(e.currentTarget.value)} />
        <Group justify="flex-end"><Button type="submit" loading={assign.isPending}>Assign number</Button></Group>
      </Stack>
    </Card>
  );
}
