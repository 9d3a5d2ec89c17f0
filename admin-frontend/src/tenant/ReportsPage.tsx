import { Card, SimpleGrid, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { BarChart } from '../ui/BarChart';
import { EmptyState, Loaded, PageHeader } from '../ui/feedback';
import { KpiCard } from '../ui/KpiCard';
import { lastDays, percent, type Period, type Preset } from '../ui/period';
import { PeriodReportActions } from '../ui/PeriodReportActions';

const fetchSummary = (period: Period) => unwrap(api.GET('/api/reports/summary', { params: { query: period } }));
const fetchCsv = (period: Period) =>
  unwrap(api.GET('/api/reports/summary.csv', { params: { query: period }, parseAs: 'blob' })) as Promise<unknown> as Promise<Blob>;

/** The business's figures over a period: who answered, escalations, orders, tickets, reviews and staff activity. */
export default function ReportsPage() {
  const [preset, setPreset] = useState<Preset>('30');
  const period = lastDays(Number(preset));
  const summary = useQuery({ queryKey: ['reports', 'summary', period.from, period.to], queryFn: () => fetchSummary(period), placeholderData: keepPreviousData });
  return (
    <>
      <PageHeader
        title="Reports"
        description="The business's figures, counted as things happened."
        actions={<PeriodReportActions preset={preset} onPreset={setPreset} period={period} fetchCsv={fetchCsv}
          fileName={`report_${period.from}_${period.to}.csv`} />}
      />
      <Loaded query={summary} what="the report">
        {(r) => (
          <div style={{ opacity: summary.isPlaceholderData ? 0.5 : 1 }} aria-busy={summary.isPlaceholderData}>
            <Text size="sm" mb="sm" data-testid="report-range">From {r.from} to {r.to} (UTC days)</Text>
            <Report report={r} />
          </div>
        )}
      </Loaded>
    </>
  );
}

function Report({ report: r }: { report: Schemas['TenantReport'] }) {
  const sent = r.sentByAi + r.sentByStaff;
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
        <KpiCard label="Conversations started" value={r.conversationsStarted} />
        <KpiCard label="Escalations" value={r.escalations} hint={`escalation ratio ${percent(r.conversationsStarted ? r.escalationRatio : null)}`} />
        <KpiCard label="Answered by the assistant" value={percent(sent ? r.aiShare : null)} hint={`${r.sentByAi} of ${sent} replies`} />
        <KpiCard label="Conversion" value={percent(r.conversationsStarted ? r.conversion : null)} hint={`${r.ordersRequested} order requests`} />
        <KpiCard label="Messages from customers" value={r.messagesIn} />
        <KpiCard label="Messages to customers" value={r.messagesOut} />
        <KpiCard label="Order approval rate" value={percent(r.ordersApproved + r.ordersRejected ? r.approvalRate : null)}
          hint={`${r.ordersRequested} requested, ${r.ordersRejected} rejected`} />
        <KpiCard label="Reviews" value={r.reviewsReceived}
          hint={r.reviewsReceived ? `average ${r.averageRating} of 5, ${r.negativeReviews} negative` : `${r.reviewsRequested} requested`} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
        <Card withBorder>
          <BarChart title="Who replied to customers" bars={[
            { label: 'Assistant', value: r.sentByAi, color: '#0ca678' },
            { label: 'Staff', value: r.sentByStaff, color: '#1c7ed6' },
            { label: 'Escalations', value: r.escalations, color: '#e03131' },
          ]} />
        </Card>
        <Card withBorder>
          <BarChart title="Orders" bars={[
            { label: 'Requested', value: r.ordersRequested, color: '#f59f00' },
            { label: 'Approved', value: r.ordersApproved, color: '#0ca678' },
            { label: 'Rejected', value: r.ordersRejected, color: '#868e96' },
          ]} />
        </Card>
        <Card withBorder>
          <BarChart title="Tickets" bars={[
            { label: 'Opened', value: r.ticketsOpened, color: '#f76707' },
            { label: 'Resolved', value: r.ticketsResolved, color: '#0ca678' },
            { label: 'Closed', value: r.ticketsClosed, color: '#868e96' },
          ]} />
        </Card>
        <Card withBorder>
          <Text fw={600} size="sm" mb={6}>Staff activity ({r.staffActions} actions)</Text>
          {r.activity.length === 0 ? <EmptyState>No staff actions in this period.</EmptyState> : (
            <Table aria-label="Staff activity">
              <Table.Thead><Table.Tr><Table.Th>Staff member</Table.Th><Table.Th ta="right">Actions</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {r.activity.map((a) => (
                  <Table.Tr key={a.userId}><Table.Td>{a.name}</Table.Td><Table.Td ta="right">{a.actions}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </SimpleGrid>
    </>
  );
}
