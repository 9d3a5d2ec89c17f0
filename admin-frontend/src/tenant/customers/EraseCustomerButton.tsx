import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Schemas } from '../../api/client';
import { notifyDone, useChange } from '../../ui/feedback';
import { customerKey, customersKey, eraseCustomer } from './customersApi';

/** Erasing a customer for good (GDPR erasure): only after their phone number is typed exactly. */
export function EraseCustomerButton({ customer }: { customer: Schemas['CustomerBodiesCustomerView'] }) {
  const [opened, modal] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const navigate = useNavigate();
  const queries = useQueryClient();
  // No automatic refresh: that would reload this (now erased) customer; the list alone is reloaded below.
  const erase = useChange(() => eraseCustomer(customer.id), { refresh: [] });
  function submit(event: FormEvent) {
    event.preventDefault();
    erase.mutate(undefined, {
      onSuccess: (erased) => {
        notifyDone(`The customer is erased: ${erased.records} records and ${erased.mediaObjects} media files.`);
        void navigate('/customers');
        queries.removeQueries({ queryKey: customerKey(customer.id), exact: true });
        void queries.invalidateQueries({ queryKey: customersKey, exact: true });
      },
    });
  }
  function close() {
    setTyped('');
    modal.close();
  }
  return (
    <>
      <Button color="red" variant="light" onClick={modal.open}>Erase customer…</Button>
      <Modal opened={opened} onClose={close} title="Erase this customer permanently">
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">
              This erases every record and media file about {customer.name || 'this customer'}: profile, conversations, orders and quotations.
              It cannot be undone; export first if they asked for a copy. Type the phone number <b>{customer.phone}</b> to confirm.
            </Text>
            <TextInput label="Phone number" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} autoComplete="off" />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>Cancel</Button>
              <Button type="submit" color="red" disabled={typed.trim() !== customer.phone} loading={erase.isPending}>Erase</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
