import { Button, Card, Group, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth/AuthProvider';
import { may } from '../auth/roles';
import { useChange } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';

const lookupsKey = ['lookups'];

export function LookupsPanel() {
  const canEdit = may(useMe().role, 'POST /api/lookups');
  const lookups = usePagedList(lookupsKey, (cursor) => unwrap(api.GET('/api/lookups', { params: { query: { cursor, limit: 100 } } })));
  return (
    <Stack>
      {canEdit && <NewLookup />}
      <PagedList list={lookups} what="lookup tables" empty="No lookup tables yet.">
        {(items) => items.map((table) => <LookupCard key={`${table.name}:${table.values.join('|')}`} table={table} canEdit={canEdit} />)}
      </PagedList>
    </Stack>
  );
}

function NewLookup() {
  const [name, setName] = useState('');
  const [values, setValues] = useState<string[]>([]);
  const create = useChange((body: Schemas['LookupInput']) => unwrap(api.POST('/api/lookups', { body })), { done: 'The lookup table is created.', refresh: [lookupsKey] });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name: name.trim(), values }, { onSuccess: () => { setName(''); setValues([]); } });
  }
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="New table name" description="Such as issues or products" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TagsInput label="Values" description="Press Enter after each" value={values} onChange={setValues} style={{ flex: 1, minWidth: 220 }} />
        <Button type="submit" loading={create.isPending}>Create table</Button>
      </Group>
    </Card>
  );
}

function LookupCard({ table, canEdit }: { table: Schemas['LookupView']; canEdit: boolean }) {
  const [values, setValues] = useState(table.values);
  const path = { path: { name: table.name } };
  const save = useChange(() => unwrap(api.PUT('/api/lookups/{name}', { params: path, body: { values } })), { done: `${table.name} is saved.`, refresh: [lookupsKey] });
  const remove = useChange(() => unwrap(api.DELETE('/api/lookups/{name}', { params: path })), { done: `${table.name} is deleted.`, refresh: [lookupsKey] });
  const changed = values.join('\n') !== table.values.join('\n');
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">{table.name}</Text>
      {canEdit ? (
        <>
          <TagsInput aria-label={`Values of ${table.name}`} value={values} onChange={setValues} />
          <Group gap="xs" mt="sm">
            <Button size="xs" disabled={!changed} loading={save.isPending} onClick={() => save.mutate(undefined)}>Save</Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => window.confirm(`Delete the table ${table.name}?`) && remove.mutate(undefined)}>Delete</Button>
          </Group>
        </>
      ) : (
        <Text size="sm">{table.values.join(' · ')}</Text>
      )}
    </Card>
  );
}
