import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { sentenceOf } from '../../api/errors';
import { useMe } from '../../auth/AuthProvider';
import { may } from '../../auth/roles';
import { Loaded, notifyDone, notifyFailure, PageHeader, useChange } from '../../ui/feedback';
import { useNameOf } from '../care/people';
import { quotationActions, quotationColors } from '../care/quotations';
import { quotationsKey } from '../QuotationsPage';
import { QuotationForm } from './QuotationForm';

type Quotation = Schemas['QuotationView'];

export function QuotationDetail() {
  const { quotationId = '' } = useParams();
  const detail = useQuery({ queryKey: [...quotationsKey, quotationId], queryFn: () => unwrap(api.GET('/api/quotations/{quotationId}', { params: { path: { quotationId } } })), refetchInterval: 20_000 });
  return (
    <>
      <Anchor component={Link} to=".." relative="path" size="sm">← All quotations</Anchor>
      <Loaded query={detail} what="the quotation">
        {({ quotation, versions }) => (
          <>
            <PageHeader title={`Quotation ${quotation.reference}`} description={`For ${quotation.customerName || quotation.customerPhone} · version ${quotation.version}`} />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Stack>
                <Lines quotation={quotation} />
                <Actions quotation={quotation} />
              </Stack>
              <Versions versions={versions} current={quotation.version} />
            </SimpleGrid>
          </>
        )}
      </Loaded>
    </>
  );
}

function Lines({ quotation: q }: { quotation: Quotation }) {
  const nameOf = useNameOf();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Lines</Title>
        <Badge color={quotationColors[q.status] ?? 'gray'} variant="light" size="lg" aria-label={`Status: ${q.status.toLowerCase()}`}>{q.status.toLowerCase()}</Badge>
      </Group>
      <Table.ScrollContainer minWidth={340}>
        <Table>
          <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th ta="right">Qty</Table.Th><Table.Th ta="right">Unit price</Table.Th><Table.Th ta="right">Amount</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {q.items.map((l, i) => (
              <Table.Tr key={`${l.serviceId}-${i}`}><Table.Td>{l.name}</Table.Td><Table.Td ta="right">{l.quantity}</Table.Td><Table.Td ta="right">{l.unitPrice}</Table.Td><Table.Td ta="right">{l.amount}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text ta="right" mt="xs">Total <b data-testid="quotation-total">{q.total} {q.currency}</b></Text>
      {q.notes && <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>{q.notes}</Text>}
      <Text size="xs" c="dimmed" mt="sm">
        Drafted by {nameOf(q.createdBy)} {new Date(q.createdAt).toLocaleString()}
        {q.approvedBy ? ` · approved by ${nameOf(q.approvedBy)} ${new Date(q.approvedAt).toLocaleString()}` : ''}
        {q.sentAt ? ` · sent ${new Date(q.sentAt).toLocaleString()}` : ''}
        {q.answeredAt ? ` · answered ${new Date(q.answeredAt).toLocaleString()}` : ''}
      </Text>
    </Card>
  );
}

function Actions({ quotation: q }: { quotation: Quotation }) {
  const me = useMe();
  const actions = quotationActions(q.status, may(me.role, 'POST /api/quotations/{quotationId}/approve'));
  const [editing, setEditing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const path = { params: { path: { quotationId: q.id } } };
  const onError = (error: unknown) => setRefusal(sentenceOf(error));
  const approve = useChange(() => unwrap(api.POST('/api/quotations/{quotationId}/approve', path)), { done: 'The quotation is approved; it can be sent.', refresh: [quotationsKey] });
  const send = useChange(() => unwrap(api.POST('/api/quotations/{quotationId}/send', path)), { done: 'The quotation is on its way to the customer as a PDF.', refresh: [quotationsKey] });
  async function download() {
    setDownloading(true);
    try {
      const blob = await unwrap(api.GET('/api/quotations/{quotationId}/pdf', { ...path, parseAs: 'blob' }));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob as Blob);
      link.download = `quotation-${q.reference}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      notifyDone('The PDF is downloaded.');
    } catch (error) {
      notifyFailure(error);
    } finally {
      setDownloading(false);
    }
  }
  const status = {
    DRAFT: 'A draft: a manager approves it before it can be sent.',
    APPROVED: 'Approved: send it to the customer.',
    SENT: 'Sent: waiting for the customer to accept or decline on WhatsApp.',
    ACCEPTED: 'The customer accepted it.',
    DECLINED: 'The customer declined it.',
  }[q.status] ?? q.status;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">Next step</Title>
      <Text size="sm" mb="sm">{status}</Text>
      {refusal && <Alert color="red" mb="sm" role="alert" title="Not done" withCloseButton onClose={() => setRefusal(null)}>{refusal}</Alert>}
      <Group gap="xs" wrap="wrap">
        {actions.approve && <Button loading={approve.isPending} onClick={() => { setRefusal(null); approve.mutate(undefined, { onError }); }}>Approve version {q.version}</Button>}
        {actions.send && <Button loading={send.isPending} onClick={() => { setRefusal(null); send.mutate(undefined, { onError }); }}>Send to customer</Button>}
        {actions.edit && <Button variant="default" onClick={() => setEditing(true)}>Edit (new version)</Button>}
        <Button variant="default" loading={downloading} onClick={() => void download()}>Download PDF</Button>
      </Group>
      {q.status === 'DRAFT' && !actions.approve && <Text size="xs" c="dimmed" mt="xs">A manager or admin approves drafts.</Text>}
      {editing && <QuotationForm editing={q} onClose={() => setEditing(false)} onSaved={() => undefined} />}
    </Card>
  );
}

function Versions({ versions, current }: { versions: Quotation[]; current: number }) {
  const nameOf = useNameOf();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">Versions</Title>
      <Stack gap="xs" data-testid="versions">
        {[...versions].sort((a, b) => b.version - a.version).map((v) => (
          <div key={v.version}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" fw={v.version === current ? 700 : undefined}>Version {v.version}{v.version === current ? ' (current)' : ''}</Text>
              <Text size="sm">{v.total} {v.currency} · {v.items.length} line{v.items.length === 1 ? '' : 's'}</Text>
            </Group>
            <Text size="xs" c="dimmed">{v.status.toLowerCase()} · {nameOf(v.editedBy ?? v.createdBy)} · {new Date(v.editedAt ?? v.createdAt).toLocaleString()}</Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
