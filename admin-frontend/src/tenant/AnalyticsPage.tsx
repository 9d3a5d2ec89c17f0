import { Card, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { BarChart } from '../ui/BarChart';
import { DailyChart } from '../ui/DailyChart';
import { Loaded, PageHeader } from '../ui/feedback';

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={28} fw={700}>{value}</Text>
    </Card>
  );
}

export default function AnalyticsPage() {
  const analytics = useQuery({ queryKey: ['analytics'], queryFn: () => unwrap(api.GET('/api/analytics')) });
  return (
    <>
      <PageHeader title="Analytics" description="How the assistant and the team handle conversations." />
      <Loaded query={analytics} what="analytics">
        {(a) => (
          <>
            <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
              <Figure label="Conversations" value={a.conversations} />
              <Figure label="Messages" value={a.messagesInLatestConversations} />
              <Figure label="Escalation ratio" value={percent(a.escalationRatio)} />
              <Figure label="Order conversion" value={percent(a.orderConversion)} />
            </SimpleGrid>
            <Card withBorder mb="md">
              <DailyChart title="Messages per day (last 14 days, UTC)" days={a.messagesPerDay ?? []} />
            </Card>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder>
                <BarChart title="Who handles conversations" bars={[
                  { label: 'Assistant', value: a.aiHandled, color: '#0ca678' },
                  { label: 'Escalated', value: a.escalated, color: '#e03131' },
                  { label: 'Staff', value: a.humanHandled, color: '#1c7ed6' },
                ]} />
              </Card>
              <Card withBorder>
                <BarChart title="Orders by status" bars={Object.entries(a.ordersByStatus).map(([status, value]) => ({
                  label: status.toLowerCase(), value, color: status === 'APPROVED' ? '#0ca678' : status === 'PENDING' ? '#f59f00' : '#868e96',
                }))} />
              </Card>
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt="md">Basis: {a.basis}.</Text>
          </>
        )}
      </Loaded>
    </>
  );
}
