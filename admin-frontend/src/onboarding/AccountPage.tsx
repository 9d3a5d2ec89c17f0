import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { sentenceOf } from '../api/errors';
import { useAuth } from '../auth/AuthProvider';
import { Loaded, PageHeader, notifyDone, notifyFailure } from '../ui/feedback';

/** Leaving: download everything first, then cancel (erased after the cooling-off period). */
export default function AccountPage() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => unwrap(api.GET('/api/settings')) });
  return (
    <>
      <PageHeader title="Account" description="Export your data, or close the account." />
      <Loaded query={settings} what="the account">{(s) => <Account slug={s.slug} name={s.name} />}</Loaded>
    </>
  );
}

function Account({ slug, name }: { slug: string; name: string }) {
  const { signOut } = useAuth();
  const [exporting, setExporting] = useState(false);
  const [confirmSlug, setConfirmSlug] = useState('');
  const [cancelled, setCancelled] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function download() {
    setExporting(true);
    try {
      const blob = await unwrap(api.GET('/api/account/export', { parseAs: 'blob' }));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob as Blob);
      link.download = `${slug}-export.zip`;
      document.body.append(link);
      link.click();
      link.remove();
      notifyDone('The export is downloaded; we mailed you a confirmation.');
    } catch (error) {
      notifyFailure(error);
    } finally {
      setExporting(false);
    }
  }

  async function cancel(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const done = await unwrap(api.POST('/api/account/cancel', { body: { confirmSlug: confirmSlug.trim() } }));
      setCancelled(done.erasureDueAt);
    } catch (error) {
      setProblem(sentenceOf(error));
    }
  }

  return (
    <Stack>
      <Card withBorder>
        <Title order={2} size="h4">Export</Title>
        <Text size="sm" my="xs">One zip with everything of {name}: data.json, a CSV per kind (services.csv imports back), and your customers' media.</Text>
        <Group><Button onClick={() => void download()} loading={exporting}>Download export</Button></Group>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" c="red">Cancel the account</Title>
        {cancelled ? (
          <Stack mt="xs">
            <Alert color="orange" title="The account is cancelled">The subscription has ended and nobody can sign in any more. Everything is erased for good on {new Date(cancelled).toLocaleString()}; until then we can restore it if you write to us.</Alert>
            <Group><Button variant="default" onClick={() => void signOut()}>Sign out</Button></Group>
          </Stack>
        ) : (
          <form onSubmit={(e) => void cancel(e)}>
            <Stack mt="xs">
              <Text size="sm">The subscription ends now, the assistant stops answering and nobody can sign in. Your data is kept for a cooling-off period, then erased. Download the export first.</Text>
              {problem && <Alert color="red" role="alert">{problem}</Alert>}
              <TextInput label={`Type ${slug} to confirm`} value={confirmSlug} onChange={(e) => setConfirmSlug(e.currentTarget.value)} />
              <Group><Button color="red" type="submit" disabled={confirmSlug.trim() !== slug}>Cancel account</Button></Group>
            </Stack>
          </form>
        )}
      </Card>
    </Stack>
  );
}
