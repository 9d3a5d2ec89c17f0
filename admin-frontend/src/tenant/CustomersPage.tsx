import { Anchor, Badge, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { CustomerDetail } from './customers/CustomerDetail';
import { CONSENTS, consentLabel } from './customers/customerFilter';
import { customerListKey, fetchCustomers } from './customers/customersApi';

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
  const [search, setSearch] = useState('');
  const [consent, setConsent] = useState('');
  const [narrowed] = useDebouncedValue({ search, consent }, 300);
  const customers = usePagedList(customerListKey(narrowed), fetchCustomers(narrowed));
  const searching = customerListKey(narrowed).length > 1;
  const empty = !searching ? 'No customers yet: they appear when they first write on WhatsApp.'
    : customers.hasNextPage ? 'No customer matches among those searched so far. Show more to search older customers.'
      : 'No customer matches the search.';
  return (
    <>
      <PageHeader title="Customers" description="Everyone who wrote to the business, newest first." />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput label="Search customers" placeholder="Name or phone" value={search} onChange={(e) => setSearch(e.currentTarget.value)}
          type="search" style={{ flex: '1 1 220px' }} />
        <NativeSelect label="Consent" value={consent} onChange={(e) => setConsent(e.currentTarget.value)}
          data={[{ value: '', label: 'Any' }, ...CONSENTS.map((c) => ({ value: c.value, label: c.label }))]} />
      </Group>
      <PagedList list={customers} what="customers" empty={empty}>
        {(shown) => {
          return (
            <>
              <Text size="xs" c="dimmed" mb="xs" aria-live="polite">{shown.length} {searching ? 'matching' : 'loaded'} customer{shown.length === 1 ? '' : 's'}</Text>
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
