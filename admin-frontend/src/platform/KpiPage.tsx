import { Card, SimpleGrid, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DailyChart } from '../ui/DailyChart';
import { EmptyState, Loaded, PageHeader } from '../ui/feedback';
import { KpiCard } from '../ui/KpiCard';
import { lastDays, percent, type Preset } from '../ui/period';
import { PeriodReportActions } from '../ui/PeriodReportActions';
import { SeriesChart } from '../ui/SeriesChart';
import type { Schemas } from '../api/client';
import { fetchReport, fetchReportCsv, standing } from './kpis/kpiApi';
import { activation, amounts, conversationsPerActiveTenant, messagesPerActiveTenant, ratioOf } from './kpis/kpis';

/** The super admin's platform KPIs: where the platform stands now, and what happened in the chosen period. */
export default function KpiPage() {
  const [preset, setPreset] = useState<Preset>('30');
  const period = lastDays(Number(preset));
  const report = useQuery({ queryKey: ['platform', 'reports', period.from, period.to], queryFn: () => fetchReport(period), placeholderData: keepPreviousData });
  const now = useQuery({ queryKey: ['platform', 'kpis', 'standing'], queryFn: standing });
  return (
    <>
      <PageHeader
        title="Platform KPIs"
        description="Activation, usage, conversion and revenue across all businesses (UTC days)."
        actions={<PeriodReportActions preset={preset} onPreset={setPreset} period={period} fetchCsv={fetchReportCsv}
          fileName={`platform_${period.from}_${period.to}.csv`} />}
      />
      <Loaded query={now} what="the platform figures">
        {({ tenants, billing }) => <Standing tenants={tenants} billing={billing} report={report.data} />}
      </Loaded>
      <Loaded query={report} what="the period's report">
        {(r) => (
          <div style={{ opacity: report.isPlaceholderData ? 0.5 : 1 }} aria-busy={report.isPlaceholderData}>
            <Title order={2} size="h4" mt="lg" mb="sm">{`From ${r.from} to ${r.to}`}</Title>
            <PeriodFigures report={r} />
          </div>
        )}
      </Loaded>
    </>
  );
}

function Standing({ tenants, billing, report }: { tenants: Schemas['TenantLine'][]; billing: Schemas['FiguresView']; report?: Schemas['PlatformReport'] }) {
  const a = activation(tenants);
  const perTenant = report ? messagesPerActiveTenant(report, a.active) : null;
  const conversations = report ? conversationsPerActiveTenant(report, a.active) : null;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <KpiCard label="Activation rate" value={percent(a.ratio)} hint={`${a.active} of ${a.total} tenants active`} />
      <KpiCard label="Conversations per active tenant" value={conversations ?? '—'} hint="started in the period" />
      <KpiCard label="Messages per active tenant" value={perTenant ?? '—'} hint="in the period, in and out" />
      <KpiCard label="Escalation ratio" value={report ? percent(report.conversationsStarted ? report.escalationRatio : null) : '—'}
        hint={report ? `${report.escalations} of ${report.conversationsStarted} conversations needed a person` : undefined} />
      <KpiCard label="Conversion" value={report ? percent(report.conversationsStarted ? report.conversion : null) : '—'}
        hint={report ? `${report.ordersRequested} order requests, ${report.ordersApproved} approved` : undefined} />
      <KpiCard label="Trial conversion" value={percent(ratioOf(billing.trialConversion, billing.trialsStarted))}
        hint={`${billing.trialsConverted} of ${billing.trialsStarted} trials paid`} />
      <KpiCard label="MRR" value={amounts(billing.mrr)} hint={`${billing.activeSubscriptions} active subscriptions`} />
      <KpiCard label="Churn" value={percent(ratioOf(billing.churnRate, billing.trialsConverted))} hint={`${billing.churned} cancelled`} />
      <KpiCard label="Suspensions" value={billing.suspensions} hint="for unpaid invoices" />
    </SimpleGrid>
  );
}

function PeriodFigures({ report: r }: { report: Schemas['PlatformReport'] }) {
  const quiet = r.messagesIn + r.messagesOut + r.conversationsStarted + r.tenantsRegistered + r.ticketsOpened + r.reviewsReceived === 0;
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
        <KpiCard label="Tenants registered" value={r.tenantsRegistered} />
        <KpiCard label="Messages from customers" value={r.messagesIn} />
        <KpiCard label="Messages to customers" value={r.messagesOut} />
        <KpiCard label="Tickets opened" value={r.ticketsOpened} />
        <KpiCard label="Reviews" value={r.reviewsReceived} hint={r.reviewsReceived ? `average ${r.averageRating} of 5, ${r.negativeReviews} negative` : undefined} />
        <KpiCard label="Revenue to date" value={amounts(r.revenue)} hint="paid invoices, all time" />
      </SimpleGrid>
      {quiet ? (
        <EmptyState>Nothing happened on the platform in this period.</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Card withBorder>
            <DailyChart title="Messages per day" days={r.days.map((d) => ({ day: d.day, inbound: d.messagesIn, outbound: d.messagesOut }))} />
          </Card>
          <Card withBorder>
            <SeriesChart title="Conversations started per day" color="#1c7ed6" points={r.days.map((d) => ({ day: d.day, value: d.conversationsStarted }))} />
          </Card>
          <Card withBorder>
            <SeriesChart title="Escalations per day" color="#e03131" points={r.days.map((d) => ({ day: d.day, value: d.escalations }))} />
          </Card>
          <Card withBorder>
            <SeriesChart title="Tenants registered per day" color="#7048e8" points={r.days.map((d) => ({ day: d.day, value: d.tenantsRegistered }))} />
          </Card>
          <Card withBorder>
            <SeriesChart title="Tickets opened per day" color="#f76707" points={r.days.map((d) => ({ day: d.day, value: d.ticketsOpened }))} />
          </Card>
          <Card withBorder>
            <SeriesChart title="Reviews per day" color="#0ca678" points={r.days.map((d) => ({ day: d.day, value: d.reviewsReceived }))} />
          </Card>
        </SimpleGrid>
      )}
    </>
  );
}
