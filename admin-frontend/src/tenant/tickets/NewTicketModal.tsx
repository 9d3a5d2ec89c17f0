import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useChange } from '../../ui/feedback';
import { statusName, ticketPriorities } from '../care/tickets';
import { ticketsKey, useIssueCategories } from '../TicketsPage';

/** Open a ticket by hand; without a category the API picks one from the subject with the issues table. */
export function NewTicketModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const categories = useIssueCategories();
  const [subject, setSubject] = useState('');
  const [priority, setPriority] = useState<string>('NORMAL');
  const [category, setCategory] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const open = useChange(
    // The optional fields are left out rather than sent empty (the generated type marks every field required).
    (body: Partial<Schemas['NewTicket']>) => unwrap(api.POST('/api/tickets', { body: body as Schemas['NewTicket'] })),
    { done: 'The ticket is open.', refresh: [ticketsKey] },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const digits = phone.replace(/[\s()-]/g, '');
    open.mutate(
      { subject: subject.trim(), priority, ...(category ? { category } : {}), ...(digits ? { customerPhone: digits } : {}) },
      { onSuccess: (ticket) => { onClose(); void navigate(ticket.id); } },
    );
  }
  return (
    <Modal opened onClose={onClose} title="New ticket">
      <form onSubmit={submit}>
        <Stack>
          <Textarea label="Subject" description="What the customer's issue is" required autosize minRows={2} maxLength={2000} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
          <Select label="Priority" allowDeselect={false} value={priority} onChange={(p) => p && setPriority(p)}
            data={ticketPriorities.map((p) => ({ value: p, label: statusName(p) }))} />
          <Select label="Category" placeholder="Pick one from the subject" clearable value={category} onChange={setCategory} data={categories.data ?? []} />
          <TextInput label="Customer phone" description="Optional; digits with the country code" inputMode="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={open.isPending} disabled={subject.trim().length === 0}>Open ticket</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
