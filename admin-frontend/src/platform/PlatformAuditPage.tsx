import { Group, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { AuditTable, today } from '../ui/AuditTable';
import { PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';

export default function PlatformAuditPage() {
  const [day, setDay] = useState(today);
  const [tenantId, setTenantId] = useState('');
  const [action, setAction] = useState('');
  const [filters] = useDebouncedValue({ day, tenantId: tenantId.trim() || undefined, action: action.trim().toUpperCase() || undefined }, 400);
  const events = usePagedList(['platform', 'audit', filters], (cursor) =>
    unwrap(api.GET('/api/platform/audit', { params: { query: { ...filters, cursor, limit: 50 } } })),
  );
  return (
    <>
      <PageHeader title="Audit log" description="Every admin and platform action, one day at a time." />
      <Group mb="md" align="flex-end">
        <TextInput label="Day" type="date" value={day} onChange={(e) => setDay(e.currentTarget.value || today())} />
        <TextInput label="Tenant id" placeholder="t_…" value={tenantId} onChange={(e) => setTenantId(e.currentTarget.value)} />
        <TextInput label="Action" placeholder="TENANT_SUSPEND" value={action} onChange={(e) => setAction(e.currentTarget.value)} />
      </Group>
      <PagedList list={events} what="the audit log" empty="Nothing was recorded for these filters.">
        {(items) => <AuditTable events={items} showTenant />}
      </PagedList>
    </>
  );
}
