import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { notifyFailure } from '../ui/feedback';
import { Continue } from './SetupWizardPage';

interface Line { from: 'you' | 'assistant'; text: string; kind?: string }

/** Talks to the business's own assistant (its catalog, FAQs and settings) without WhatsApp; nothing is stored. */
export function TestChatStep({ onDone }: { onDone: () => Promise<void> }) {
  const [lines, setLines] = useState<Line[]>([]);
  const [text, setText] = useState('');
  const [memory, setMemory] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    const question = text.trim();
    if (!question) return;
    setBusy(true);
    setLines((l) => [...l, { from: 'you', text: question }]);
    setText('');
    try {
      const answer = await unwrap(api.POST('/api/onboarding/test-chat', { body: { text: question, memory: memory ?? '' } }));
      setMemory(answer.memory ?? null);
      setLines((l) => [...l, { from: 'assistant', text: answer.text ?? '', kind: answer.kind }]);
    } catch (error) {
      notifyFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack mt="md">
      <Text size="sm">Ask what your customers would ask. The assistant answers from your catalog and FAQs only, and never confirms an order: order requests wait for a person.</Text>
      <Paper withBorder p="sm" mih={120} role="log" aria-label="Test chat">
        {lines.length === 0 && <Text size="sm" c="dimmed">No messages yet.</Text>}
        {lines.map((line, i) => (
          <Text key={i} size="sm" ta={line.from === 'you' ? 'right' : 'left'} mb={4}>
            <b>{line.from === 'you' ? 'You' : 'Assistant'}:</b> {line.text}{line.kind && line.kind !== 'reply' ? ` (${line.kind.replace('_', ' ')})` : ''}
          </Text>
        ))}
      </Paper>
      <form onSubmit={(e) => void send(e)}>
        <Group align="flex-end">
          <TextInput label="Message as a customer" style={{ flex: 1 }} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Button type="submit" loading={busy}>Send</Button>
        </Group>
      </form>
      <Continue onDone={onDone} />
    </Stack>
  );
}
