import { Anchor, Box, Button, Group, Paper, ScrollArea, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { Loaded, useChange } from '../../ui/feedback';
import { conversationsKey } from './ConversationList';
import { formatTime, ModeBadge } from './modes';

const POLL_MS = 3000;

export function Thread() {
  const { conversationId = '' } = useParams();
  const key = ['conversation', conversationId];
  const params = { path: { conversationId } };
  const detail = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/conversations/{conversationId}', { params })), refetchInterval: POLL_MS });
  const refresh = [key, conversationsKey];
  const takeOver = useChange(() => unwrap(api.POST('/api/conversations/{conversationId}/takeover', { params })), { done: 'You have taken over; the assistant is quiet.', refresh });
  const release = useChange(() => unwrap(api.POST('/api/conversations/{conversationId}/release', { params })), { done: 'The assistant answers again.', refresh });
  return (
    <Paper withBorder p="md">
      <Anchor component={Link} to="/inbox" size="sm" hiddenFrom="md">← Conversations</Anchor>
      <Loaded query={detail} what="the conversation">
        {({ conversation: c, messages }) => (
          <Stack>
            <Group justify="space-between" wrap="wrap">
              <Box>
                <Title order={2} size="h4">{c.customerPhone}</Title>
                <Text size="xs" c="dimmed">Customer {c.customerId} · last message {formatTime(c.lastMessageAt)}</Text>
              </Box>
              <Group gap="xs">
                <ModeBadge mode={c.mode} />
                {c.mode === 'HUMAN'
                  ? <Button size="xs" variant="default" loading={release.isPending} onClick={() => release.mutate(undefined)}>Release to assistant</Button>
                  : <Button size="xs" loading={takeOver.isPending} onClick={() => takeOver.mutate(undefined)}>Take over</Button>}
              </Group>
            </Group>
            <Messages messages={messages} />
            <ReplyBox conversationId={conversationId} refresh={refresh} />
          </Stack>
        )}
      </Loaded>
    </Paper>
  );
}

function Messages({ messages }: { messages: Schemas['MessageView'][] }) {
  const ordered = [...messages].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  if (ordered.length === 0) return <Text c="dimmed" size="sm">No messages yet.</Text>;
  return (
    <ScrollArea.Autosize mah="55vh" type="auto">
      <Stack gap="xs" role="log" aria-label="Messages" aria-live="polite">
        {ordered.map((m) => {
          const inbound = m.direction === 'INBOUND';
          return (
            <Paper key={m.id} p="xs" radius="md" maw="85%" ml={inbound ? 0 : 'auto'} bg={inbound ? 'gray.1' : 'teal.0'} data-direction={m.direction}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{m.text ?? `(${m.type.toLowerCase()})`}</Text>
              <Text size="xs" c="dimmed" ta="right">{inbound ? 'Customer' : 'Sent'} · {formatTime(m.sentAt)}</Text>
            </Paper>
          );
        })}
      </Stack>
    </ScrollArea.Autosize>
  );
}

function ReplyBox({ conversationId, refresh }: { conversationId: string; refresh: string[][] }) {
  const [text, setText] = useState('');
  const send = useChange((body: Schemas['AgentReply']) => unwrap(api.POST('/api/conversations/{conversationId}/messages', { params: { path: { conversationId } }, body })), { refresh });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) send.mutate({ text: text.trim() }, { onSuccess: () => setText('') });
  }
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" wrap="nowrap">
        <Textarea label="Reply as staff" description="Replying takes the conversation over." autosize minRows={1} maxRows={5} value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ flex: 1 }}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e); }} />
        <Button type="submit" loading={send.isPending} disabled={!text.trim()}>Send</Button>
      </Group>
    </form>
  );
}
