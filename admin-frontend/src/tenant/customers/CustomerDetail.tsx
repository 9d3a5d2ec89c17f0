import { Anchor, Button, Card, Grid, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../../auth/AuthProvider';
import { may } from '../../auth/roles';
import { saveJson } from '../../ui/download';
import { Loaded, notifyDone, notifyFailure, PageHeader } from '../../ui/feedback';
import { consentLabel } from './customerFilter';
import { Conversations, Orders, Quotations, Section } from './CustomerHistory';
import { CustomerEditor } from './CustomerEditor';
import { customerKey, exportCustomer, fetchCustomer } from './customersApi';
import { EraseCustomerButton } from './EraseCustomerButton';

/** One customer: details to edit, their conversations, orders and quotations; export and erasure for admins. */
export function CustomerDetail() {
  const { customerId = '' } = useParams();
  const profile = useQuery({ queryKey: customerKey(customerId), queryFn: () => fetchCustomer(customerId) });
  return (
    <>
      <Anchor component={Link} to="/customers" size="sm">← All customers</Anchor>
      <Loaded query={profile} what="the customer">
        {(p) => (
          <>
            <PageHeader
              title={p.customer.name || p.customer.phone}
              description={`${p.customer.phone} · consent ${consentLabel(p.customer.consent).toLowerCase()} · customer since ${new Date(p.customer.createdAt).toLocaleDateString()}`}
              actions={<DataActions customer={p.customer} />}
            />
            <Grid>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Card withBorder>
                  <CustomerEditor key={`${p.customer.id}:${p.tags.join(',')}`} profile={p} />
                </Card>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Stack>
                  <Section title="Conversations"><Conversations items={p.conversations} /></Section>
                  <Section title="Orders"><Orders items={p.orders} /></Section>
                  <Section title="Quotations"><Quotations items={p.quotations} /></Section>
                </Stack>
              </Grid.Col>
            </Grid>
          </>
        )}
      </Loaded>
    </>
  );
}

function DataActions({ customer }: { customer: Parameters<typeof EraseCustomerButton>[0]['customer'] }) {
  const me = useMe();
  const [exporting, setExporting] = useState(false);
  const canExport = may(me.role, 'GET /api/customers/{customerId}/export');
  const canErase = may(me.role, 'DELETE /api/customers/{customerId}');
  if (!canExport && !canErase) return null;

  async function download() {
    setExporting(true);
    try {
      saveJson(await exportCustomer(customer.id), `customer-${customer.phone}.json`);
      notifyDone('The customer export is downloaded.');
    } catch (error) {
      notifyFailure(error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Group gap="sm">
      {canExport && <Button variant="default" onClick={() => void download()} loading={exporting}>Export data</Button>}
      {canErase && <EraseCustomerButton customer={customer} />}
    </Group>
  );
}
