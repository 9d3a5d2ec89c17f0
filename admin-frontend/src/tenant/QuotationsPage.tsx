import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';
import { quotationColors } from './care/quotations';
import { QuotationDetail } from './quotations/QuotationDetail';
import { QuotationForm } from './quotations/QuotationForm';

export const quotationsKey = ['quotations'];

export default function QuotationsPage() {
  return (
    <Routes>
      <Route index element={<QuotationList />} />
      <Route path=":quotationId" element={<QuotationDetail />} />
    </Routes>
  );
}

function QuotationList() {
  const navigate = useNavigate();
  const [creating, creation] = useDisclosure(false);
  const list = usePagedList(quotationsKey, (cursor) => unwrap(api.GET('/api/quotations', { params: { query: { cursor, limit: 50 } } })), 20_000);
  return (
    <>
      <PageHeader title="Quotations" description="Offers from the catalog, approved by a manager, sent to the customer as a PDF on WhatsApp."
        actions={<Button onClick={creation.open}>New quotation</Button>} />
      {creating && <QuotationForm onClose={creation.close} onSaved={(q) => void navigate(q.id)} />}
      <PagedList list={list} what="quotations" empty="No quotations yet. Draft the first one from the catalog.">
        {(items) => (
          <Table.ScrollContainer minWidth={600}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr><Table.Th>Reference</Table.Th><Table.Th>Customer</Table.Th><Table.Th>Status</Table.Th><Table.Th ta="right">Total</Table.Th><Table.Th>Updated</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((q) => (
                  <Table.Tr key={q.id} data-testid="quotation-row">
                    <Table.Td><Anchor component={Link} to={q.id}>{q.reference}</Anchor></Table.Td>
                    <Table.Td>{q.customerName || q.customerPhone}</Table.Td>
                    <Table.Td><Badge color={quotationColors[q.status] ?? 'gray'} variant="light" miw="max-content">{q.status.toLowerCase()}</Badge></Table.Td>
                    <Table.Td ta="right"><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{q.total} {q.currency}</Text></Table.Td>
                    <Table.Td><Text size="sm">{new Date(q.editedAt ?? q.createdAt).toLocaleString()}</Text></Table.Td>
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
