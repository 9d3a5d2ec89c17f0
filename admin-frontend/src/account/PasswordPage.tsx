import { Button, Card, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { PageHeader, useChange } from '../ui/feedback';

/** Every signed-in user changes their own password here; the API checks the current one and the new one's strength. */
export default function PasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const change = useChange(() => unwrap(api.POST('/api/me/password', { body: { currentPassword: current, newPassword: next } })),
    { done: 'Your password is changed.', refresh: [] });
  const mismatch = repeat.length > 0 && repeat !== next;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (mismatch || !current || !next) return;
    change.mutate(undefined, { onSuccess: () => { setCurrent(''); setNext(''); setRepeat(''); } });
  }
  return (
    <>
      <PageHeader title="Password" description="Change the password you sign in with." />
      <Card withBorder maw={480} component="form" onSubmit={submit}>
        <Stack>
          <PasswordInput label="Current password" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} autoComplete="current-password" required />
          <PasswordInput label="New password" value={next} onChange={(e) => setNext(e.currentTarget.value)} autoComplete="new-password" required
            description="A long passphrase is best." />
          <PasswordInput label="Repeat the new password" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} autoComplete="new-password" required
            error={mismatch ? 'The two new passwords differ.' : undefined} />
          <Group justify="flex-end"><Button type="submit" loading={change.isPending} disabled={mismatch}>Change password</Button></Group>
        </Stack>
      </Card>
    </>
  );
}
