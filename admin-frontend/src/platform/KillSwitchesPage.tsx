import { Alert, Card, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { Loaded, PageHeader, useChange } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { fetchTenant, fetchTenants, switchTenantAi, tenantKey, tenantsKey } from './tenantsApi';
import { TenantStatus } from './tenantStatus';

const globalKey = ['platform', 'kill-switch'];

export default function KillSwitchesPage() {
  return (
    <>
      <PageHeader title="Kill switches" description="Each switch acts on the very next customer message." />
      <Stack>
        <GlobalSwitch />
        <Title order={2} size="h4">Per tenant</Title>
        <TenantSwitches />
      </Stack>
    </>
  );
}

function GlobalSwitch() {
  const state = useQuery({ queryKey: globalKey, queryFn: () => unwrap(api.GET('/api/platform/kill-switch')) });
  const flip = useChange((aiEnabled: boolean) => unwrap(api.PATCH('/api/platform/kill-switch', { body: { aiEnabled } })), { refresh: [globalKey] });
  return (
    <Card withBorder>
      <Loaded query={state} what="the global switch">
        {({ aiEnabled }) => (
          <Stack gap="xs">
            <Switch
              size="lg"
              color="teal"
              checked={aiEnabled}
              disabled={flip.isPending}
              onChange={(e) => flip.mutate(e.currentTarget.checked)}
              label={<Text fw={600}>AI replies on the whole platform</Text>}
            />
            {aiEnabled
              ? <Text size="sm">On: each tenant’s own switch decides.</Text>
              : <Alert color="red" role="status">Off: no tenant’s assistant sends anything. Messages wait in the inboxes for staff.</Alert>}
          </Stack>
        )}
      </Loaded>
    </Card>
  );
}

function TenantSwitches() {
  const tenants = usePagedList(tenantsKey, fetchTenants);
  return (
    <PagedList list={tenants} what="tenants" empty="No tenants yet.">
      {(items) => (
        <Table.ScrollContainer minWidth={340}>
          <Table>
            <Table.Thead><Table.Tr><Table.Th>Tenant</Table.Th><Table.Th>Status</Table.Th><Table.Th>AI</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{items.map((t) => <TenantSwitchRow key={t.id} tenant={t} />)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedList>
  );
}

function TenantSwitchRow({ tenant }: { tenant: Schemas['TenantLine'] }) {
  const detail = useQuery({ queryKey: tenantKey(tenant.id), queryFn: () => fetchTenant(tenant.id) });
  const flip = useChange((enabled: boolean) => switchTenantAi(tenant.id, enabled), { refresh: [tenantKey(tenant.id)] });
  const enabled = detail.data?.ai.enabled;
  return (
    <Table.Tr>
      <Table.Td>{tenant.name}</Table.Td>
      <Table.Td><TenantStatus status={tenant.status} /></Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Switch
            aria-label={`AI replies for ${tenant.name}`}
            checked={enabled ?? false}
            disabled={enabled === undefined || flip.isPending}
            onChange={(e) => flip.mutate(e.currentTarget.checked)}
          />
          <Text size="sm">{enabled === undefined ? '…' : enabled ? 'On' : 'Off'}</Text>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
