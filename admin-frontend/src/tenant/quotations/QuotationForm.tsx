import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiError, sentenceOf } from '../../api/errors';
import { Loaded, useChange } from '../../ui/feedback';
import { previewTotal } from '../care/quotations';
import { fetchServices, servicesKey } from '../ServicesPage';
import { quotationsKey } from '../QuotationsPage';

type Line = Schemas['LineInput'];
type Quotation = Schemas['QuotationView'];

/**
 * Draft a quotation, or edit one (a new version). Lines are catalog services and packages only; their prices
 * are shown from the catalog and cannot be typed; the API prices the lines itself.
 */
export function QuotationForm({ editing, onClose, onSaved }: { editing?: Quotation; onClose: () => void; onSaved: (q: Quotation) => void }) {
  const services = useQuery({ queryKey: [...servicesKey, 'all'], queryFn: () => fetchServices() });
  const customers = useQuery({ queryKey: ['customers', 'choices'], queryFn: () => unwrap(api.GET('/api/customers', { params: { query: { limit: 200 } } })), enabled: !editing });
  const [customerId, setCustomerId] = useState<string | null>(editing?.customerId ?? null);
  const [lines, setLines] = useState<Line[]>(editing?.items.map(({ serviceId, quantity }) => ({ serviceId, quantity })) ?? []);
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [conflict, setConflict] = useState<string | null>(null);
  const queries = useQueryClient();
  const save = useChange(
    async ({ items, text }: { items: Line[]; text: string }) => editing
      ? unwrap(api.PUT('/api/quotations/{quotationId}', { params: { path: { quotationId: editing.id } }, body: { items, notes: text } }))
      : unwrap(api.POST('/api/quotations', { body: { customerId: customerId ?? '', items, notes: text } })),
    { done: editing ? `Version ${editing.version + 1} is saved; it needs approval again.` : 'The quotation is drafted; a manager approves it next.', refresh: [quotationsKey] },
  );
  const update = (index: number, change: Partial<Line>) => setLines(lines.map((l, i) => (i === index ? { ...l, ...change } : l)));
  function submit(event: FormEvent) {
    event.preventDefault();
    setConflict(null);
    save.mutate({ items: lines, text: notes.trim() }, {
      onSuccess: (q) => { onClose(); onSaved(q); },
      onError: (error) => {
        if (!(error instanceof ApiError && error.status === 409)) return;
        setConflict(sentenceOf(error));
        void queries.invalidateQueries({ queryKey: quotationsKey });
      },
    });
  }
  return (
    <Modal opened onClose={onClose} title={editing ? `Edit ${editing.reference}` : 'New quotation'} size="lg">
      <Loaded query={services} what="the catalog">
        {({ items: catalog }) => {
          const priceOf = (id: string) => catalog.find((s) => s.id === id);
          const choices = catalog.map((s) => ({ value: s.id, label: `${s.name} (${s.kind.toLowerCase()}) — ${s.price} ${s.currency}` }));
          const currency = catalog[0]?.currency ?? '';
          const priced = lines.map((l) => ({ price: priceOf(l.serviceId)?.price ?? '', quantity: l.quantity }));
          return (
            <form onSubmit={submit}>
              <Stack>
                {conflict && <Alert color="red" role="alert" title="This quotation changed meanwhile">{conflict} Close this form to see the latest version.</Alert>}
                {editing
                  ? <Text size="sm">For <b>{editing.customerName || editing.customerPhone}</b> · saving makes version {editing.version + 1}, a draft to be approved again.</Text>
                  : <Loaded query={customers} what="customers">
                      {({ items }) => items.length === 0
                        ? <Text size="sm" c="dimmed">No customers yet: a customer exists once they have written on WhatsApp.</Text>
                        : <Select label="Customer" required searchable placeholder="Choose a customer" value={customerId} onChange={setCustomerId}
                            data={items.map((c) => ({ value: c.id, label: c.name ? `${c.name} (${c.phone})` : c.phone }))} />}
                    </Loaded>}
                {catalog.length === 0 && <Text size="sm" c="dimmed">The catalog is empty: add services or packages first.</Text>}
                {lines.map((line, index) => (
                  <Group key={index} align="flex-end" wrap="wrap" gap="xs">
                    <Select label={`Line ${index + 1}`} data={choices} value={line.serviceId} onChange={(serviceId) => serviceId && update(index, { serviceId })} searchable allowDeselect={false} style={{ flex: 1, minWidth: 200 }} />
                    <NumberInput label="Qty" min={1} max={1000} value={line.quantity} onChange={(q) => update(index, { quantity: Number(q) || 1 })} w={80} />
                    <Text size="sm" w={110} ta="right" pb={8} aria-label={`Line ${index + 1} unit price`}>{priceOf(line.serviceId)?.price ?? '—'} {currency}</Text>
                    <ActionIcon variant="subtle" color="red" size="lg" mb={2} aria-label={`Remove line ${index + 1}`} onClick={() => setLines(lines.filter((_, i) => i !== index))}>✕</ActionIcon>
                  </Group>
                ))}
                <Button variant="default" disabled={choices.length === 0} onClick={() => setLines([...lines, { serviceId: choices[0]!.value, quantity: 1 }])}>Add a line</Button>
                <Text size="sm">Total <b data-testid="quotation-preview-total">{previewTotal(priced)} {currency}</b> <Text span c="dimmed" size="xs">— prices come from the catalog and cannot be changed here</Text></Text>
                <Textarea label="Notes for the customer" description="e.g. how long the offer is valid" autosize minRows={2} maxLength={2000} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={onClose}>Cancel</Button>
                  <Button type="submit" loading={save.isPending} disabled={lines.length === 0 || (!editing && !customerId)}>{editing ? 'Save new version' : 'Draft quotation'}</Button>
                </Group>
              </Stack>
            </form>
          );
        }}
      </Loaded>
    </Modal>
  );
}
