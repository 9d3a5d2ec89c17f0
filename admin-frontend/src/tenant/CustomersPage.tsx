import { Anchor, Badge, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { EmptyState, PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { CustomerDetail } from './customers/CustomerDetail';
import { CONSENTS, consentLabel, filterCustomers } from './customers/customerFilter';
import { customersKey, fetchCustomers } from './customers/customersApi';

export default function CustomersPage() {
  return (
    <Routes>
      <Route index element={<CustomerList />} />
      <Route path=":customerId" element={<CustomerDetail />} />
    </Routes>
  );
}

const consentColor: Record<string, string> = { GRANTED: 'teal', WITHDRAWN: 'red', UNKNOWN: 'gray' };

function CustomerList() {
  const customers = usePagedList(customersKey, fetchCustomers);
  const [search, setSearch] = useState('');
  const [consent, setConsent] = useState('');
  return (
    <>
      <PageHeader title="Customers" description="Everyone who wrote to the business, newest first." />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput label="Search customers" placeholder="Name or phone" value={search} onChange={(e) => setSearch(e.currentTarget.value)}
          type="search" style={{ flex: '1 1 220px' }} />
        <NativeSelect label="Consent" value={consent} onChange={(e) => setConsent(e.currentTarget.value)}
          data={[{ value: '', label: 'Any' }, ...CONSENTS.map((c) => ({ value: c.value, label: c.label }))]} />
      </Group>
      <PagedList list={customers} what="customers" empty="No customers yet: they appear when they first write on WhatsApp.">
        {(items) => {
          const shown = filterCustomers(items, { search, consent });
          if (shown.length === 0) return <EmptyState>No loaded customer matches the search. Show more to search further.</EmptyState>;
          return (
            <>
              <Text size="xs" c="dimmed" mb="xs" aria-live="polite">{shown.length} of {items.length} loaded customers</Text>
              <Table.ScrollContainer minWidth={340}>
                <Table striped highlightOnHover aria-label="Customers">
                  <Table.Thead>
                    <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Phone</Table.Th><Table.Th>Consent</Table.Th><Table.Th visibleFrom="sm">Since</Table.Th></Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td><Anchor component={Link} to={c.id}>{c.name || 'No name given'}</Anchor></Table.Td>
                        <Table.Td>{c.phone}</Table.Td>
                        <Table.Td><Badge variant="light" color={consentColor[c.consent] ?? 'gray'} style={{ overflow: 'visible' }}>{consentLabel(c.consent)}</Badge></Table.Td>
                        <Table.Td visibleFrom="sm">{new Date(c.createdAt).toLocaleDateString()}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          );
        }}
      </PagedList>
    </>
  );
}
