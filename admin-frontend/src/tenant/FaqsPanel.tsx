import { Button, Card, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth/AuthProvider';
import { may } from '../auth/roles';
import { useChange } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';

type Faq = Schemas['FaqView'];
const faqsKey = ['faqs'];

export function FaqsPanel() {
  const canEdit = may(useMe().role, 'POST /api/faqs');
  const faqs = usePagedList(faqsKey, (cursor) => unwrap(api.GET('/api/faqs', { params: { query: { cursor, limit: 100 } } })));
  const [editing, setEditing] = useState<Faq | 'new' | null>(null);
  const remove = useChange((faqId: string) => unwrap(api.DELETE('/api/faqs/{faqId}', { params: { path: { faqId } } })), { done: 'The FAQ is deleted.', refresh: [faqsKey] });
  return (
    <Stack>
      {canEdit && <Group justify="flex-end"><Button onClick={() => setEditing('new')}>Add FAQ</Button></Group>}
      {editing && <FaqModal faq={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <PagedList list={faqs} what="FAQs" empty="No FAQs yet.">
        {(items) => items.map((faq) => (
          <Card withBorder key={faq.id}>
            <Text fw={600}>{faq.question}</Text>
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{faq.answer}</Text>
            {canEdit && (
              <Group gap="xs" mt="sm">
                <Button size="xs" variant="default" onClick={() => setEditing(faq)}>Edit</Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => window.confirm('Delete this FAQ?') && remove.mutate(faq.id)}>Delete</Button>
              </Group>
            )}
          </Card>
        ))}
      </PagedList>
    </Stack>
  );
}

function FaqModal({ faq, onClose }: { faq: Faq | null; onClose: () => void }) {
  const [question, setQuestion] = useState(faq?.question ?? '');
  const [answer, setAnswer] = useState(faq?.answer ?? '');
  const save = useChange(
    (body: Schemas['FaqInput']) => (faq ? unwrap(api.PUT('/api/faqs/{faqId}', { params: { path: { faqId: faq.id } }, body })) : unwrap(api.POST('/api/faqs', { body }))),
    { done: 'The FAQ is saved.', refresh: [faqsKey] },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ question: question.trim(), answer: answer.trim() }, { onSuccess: onClose });
  }
  return (
    <Modal opened onClose={onClose} title={faq ? 'Edit FAQ' : 'Add a FAQ'} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Question" required value={question} onChange={(e) => setQuestion(e.currentTarget.value)} />
          <Textarea label="Answer" required autosize minRows={3} value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Save</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
