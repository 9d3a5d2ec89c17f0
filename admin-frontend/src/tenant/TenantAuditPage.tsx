import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { AuditTable, today } from '../ui/AuditTable';
import { PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';

export default function TenantAuditPage() {
  const [day, setDay] = useState(today);
  const events = usePagedList(['audit', day], (cursor) => unwrap(api.GET('/api/audit', { params: { query: { day, cursor, limit: 50 } } })));
  return (
    <>
      <PageHeader title="Audit log" description="Who changed what in this business, one day at a time." />
      <TextInput label="Day" type="date" value={day} onChange={(e) => setDay(e.currentTarget.value || today())} maw={220} mb="md" />
      <PagedList list={events} what="the audit log" empty="Nothing was recorded on this day.">
        {(items) => <AuditTable events={items} />}
      </PagedList>
    </>
  );
}
