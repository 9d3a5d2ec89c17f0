import { Anchor, Button, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Route, Routes } from 'react-router';
import { PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { NewTenantModal } from './NewTenantModal';
import { TenantDetail } from './TenantDetail';
import { TenantStatus } from './tenantStatus';
import { fetchTenants, tenantsKey } from './tenantsApi';

export default function TenantsPage() {
  return (
    <Routes>
      <Route index element={<TenantList />} />
      <Route path=":tenantId" element={<TenantDetail />} />
    </Routes>
  );
}

function TenantList() {
  const tenants = usePagedList(tenantsKey, fetchTenants);
  const [creating, creation] = useDisclosure(false);
  return (
    <>
      <PageHeader title="Tenants" description="Every business on the platform." actions={<Button onClick={creation.open}>New tenant</Button>} />
      <NewTenantModal opened={creating} onClose={creation.close} />
      <PagedList list={tenants} what="tenants" empty="No tenants yet. Create the first one.">
        {(items) => (
          <Table.ScrollContainer minWidth={480}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Slug</Table.Th><Table.Th>Status</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td><Anchor component={Link} to={t.id}>{t.name}</Anchor></Table.Td>
                    <Table.Td>{t.slug}</Table.Td>
                    <Table.Td><TenantStatus status={t.status} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedList>
    </>
  );
}
