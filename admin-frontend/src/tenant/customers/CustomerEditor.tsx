import { Button, Group, NativeSelect, Stack, TagsInput, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Schemas } from '../../api/client';
import { useChange } from '../../ui/feedback';
import { changeCustomer, customerKey, customersKey } from './customersApi';
import { CONSENTS, normalTags } from './customerFilter';

/** Staff edit a customer's name, consent and tags (the phone never changes). */
export function CustomerEditor({ profile }: { profile: Schemas['CustomerProfile'] }) {
  const { customer } = profile;
  const [name, setName] = useState(customer.name ?? '');
  const [consent, setConsent] = useState(customer.consent);
  const [tags, setTags] = useState(profile.tags);
  const queries = useQueryClient();
  const save = useChange((change: Schemas['CustomerChange']) => changeCustomer(customer.id, change), { done: 'The customer is saved.', refresh: [customersKey] });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ name: name.trim(), consent, tags: normalTags(tags) }, {
      onSuccess: (saved) => {
        queries.setQueryData(customerKey(customer.id), saved);
        setTags(saved.tags);
      },
    });
  }

  return (
    <form onSubmit={submit} aria-label="Customer details">
      <Stack>
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} />
        <NativeSelect label="Marketing consent" value={consent} onChange={(e) => setConsent(e.currentTarget.value)}
          data={CONSENTS.map((c) => ({ value: c.value, label: c.label }))} />
        <TagsInput label="Tags" description="Press Enter after each tag; up to 20." value={tags} onChange={setTags} maxTags={20}
          splitChars={[',']} clearable acceptValueOnBlur />
        <Group><Button type="submit" loading={save.isPending}>Save customer</Button></Group>
      </Stack>
    </form>
  );
}
