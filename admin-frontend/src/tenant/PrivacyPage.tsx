import { Alert, Anchor, Button, Card, Group, NumberInput, Radio, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/AuthProvider';
import { may } from '../auth/roles';
import { saveJson } from '../ui/download';
import { Loaded, notifyDone, notifyFailure, PageHeader, useChange } from '../ui/feedback';

const retentionKey = ['settings', 'retention'];
/** The API answers null for "until deleted"; the generated type misses that it is nullable. */
type Retention = { messageRetentionDays: number | null };

const fetchRetention = async (): Promise<Retention> => unwrap(api.GET('/api/settings/retention'));
const keepFor = (days: number | null) =>
  unwrap(api.PUT('/api/settings/retention', { body: { messageRetentionDays: days } as { messageRetentionDays: number } }));

/** Data protection: how long messages are kept, the whole business's export, and where customers' data requests are answered. */
export default function PrivacyPage() {
  const me = useMe();
  const retention = useQuery({ queryKey: retentionKey, queryFn: fetchRetention });
  return (
    <>
      <PageHeader title="Privacy and data" description="How long conversations are kept, and answering data requests." />
      <Stack>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">Message retention</Title>
          <Loaded query={retention} what="the retention setting">
            {(r) => <RetentionForm days={r.messageRetentionDays} editable={may(me.role, 'PUT /api/settings/retention')} />}
          </Loaded>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">A customer's data</Title>
          <Text size="sm">
            To answer a customer who asks for a copy of their data or to be forgotten, open them under{' '}
            <Anchor component={Link} to="/customers">Customers</Anchor>: <b>Export data</b> downloads everything stored about them,
            <b> Erase customer</b> removes it for good{may(me.role, 'DELETE /api/customers/{customerId}') ? '.' : ' (business admins only).'}
          </Text>
        </Card>
        {may(me.role, 'GET /api/export') && <TenantExport />}
      </Stack>
    </>
  );
}

function RetentionForm({ days, editable }: { days: number | null; editable: boolean }) {
  const [mode, setMode] = useState(days === null ? 'forever' : 'days');
  const [count, setCount] = useState<number | string>(days ?? 365);
  const queries = useQueryClient();
  const save = useChange(keepFor, { done: 'The retention setting is saved.', refresh: [] });
  const valid = mode === 'forever' || (Number.isInteger(Number(count)) && Number(count) >= 1 && Number(count) <= 3650);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(mode === 'forever' ? null : Number(count), { onSuccess: (saved) => queries.setQueryData(retentionKey, saved) });
  }

  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm" data-testid="retention-now">
          {days === null ? 'Messages are kept until they are deleted.' : `Messages are deleted ${days} days after they are written.`}
        </Text>
        {editable ? (
          <>
            <Radio.Group label="Keep conversation messages" value={mode} onChange={setMode}>
              <Stack gap="xs" mt="xs">
                <Radio value="forever" label="Until they are deleted" />
                <Radio value="days" label="For a number of days" />
              </Stack>
            </Radio.Group>
            {mode === 'days' && (
              <NumberInput label="Days to keep messages" min={1} max={3650} allowDecimal={false} value={count} onChange={setCount}
                error={valid ? undefined : 'Between 1 and 3650 days.'} maw={240} />
            )}
            <Text size="xs" c="dimmed">Applies to messages written from now on.</Text>
            <Group><Button type="submit" disabled={!valid} loading={save.isPending}>Save retention</Button></Group>
          </>
        ) : (
          <Alert color="gray">Only a business admin can change this.</Alert>
        )}
      </Stack>
    </form>
  );
}

function TenantExport() {
  const [exporting, setExporting] = useState(false);
  async function download() {
    setExporting(true);
    try {
      const data = await unwrap(api.GET('/api/export'));
      saveJson(data, `export-${data.exportedAt.slice(0, 10)}.json`);
      notifyDone(`The export is downloaded: ${data.records.length} records.`);
    } catch (error) {
      notifyFailure(error);
    } finally {
      setExporting(false);
    }
  }
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">Everything the business stored</Title>
      <Text size="sm" mb="sm">One JSON file with every record of the business, personal fields readable. Keep it safe.</Text>
      <Group><Button variant="default" onClick={() => void download()} loading={exporting}>Download all data</Button></Group>
    </Card>
  );
}
