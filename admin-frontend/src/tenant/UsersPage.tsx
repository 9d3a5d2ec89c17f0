import { Badge, Button, Card, Group, Select, Table, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth/AuthProvider';
import { PageHeader, useChange } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';

type Role = Schemas['RoleChange']['role'];
const usersKey = ['users'];
const teamKey = ['team']; // the colleagues list the ticket and inbox pickers use (care/people.ts)
const roles: { value: Role; label: string }[] = [
  { value: 'TENANT_ADMIN', label: 'Admin' },
  { value: 'MANAGER', label: 'Manager' },
  { value: 'AGENT', label: 'Agent' },
];

export default function UsersPage() {
  const users = usePagedList(usersKey, (cursor) => unwrap(api.GET('/api/users', { params: { query: { cursor, limit: 100 } } })));
  return (
    <>
      <PageHeader title="Users and roles" description="Agents work the inbox; managers also approve orders and edit the catalog; admins run everything." />
      <InviteForm />
      <PagedList list={users} what="users" empty="No users yet.">
        {(items) => (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th>Role</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{items.map((u) => <UserRow key={u.id} user={u} />)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedList>
    </>
  );
}

function UserRow({ user }: { user: Schemas['UserView'] }) {
  const me = useMe();
  const self = user.id === me.userId;
  const params = { path: { userId: user.id } };
  const changeRole = useChange((role: Role) => unwrap(api.PUT('/api/users/{userId}/role', { params, body: { role } })), { done: `${user.name}'s role is changed.`, refresh: [usersKey, teamKey] });
  const deactivate = useChange(() => unwrap(api.POST('/api/users/{userId}/deactivate', { params })), { done: `${user.name} can no longer sign in.`, refresh: [usersKey, teamKey] });
  return (
    <Table.Tr>
      <Table.Td>{user.name}</Table.Td>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>
        <Select aria-label={`Role of ${user.name}`} data={roles} value={user.role} disabled={self || !user.active} allowDeselect={false} w={140}
          onChange={(role) => role && role !== user.role && changeRole.mutate(role as Role)} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color={user.active ? 'teal' : 'gray'}>{user.active ? 'Active' : 'Deactivated'}</Badge>
          {user.active && !self && (
            <Button size="xs" variant="subtle" color="red" onClick={() => window.confirm(`Deactivate ${user.name}?`) && deactivate.mutate(undefined)}>Deactivate</Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function InviteForm() {
  const [form, setForm] = useState<Schemas['Invite']>({ email: '', name: '', role: 'AGENT' });
  const invite = useChange((body: Schemas['Invite']) => unwrap(api.POST('/api/users', { body })), { done: 'The invitation is mailed.', refresh: [usersKey, teamKey] });
  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate({ ...form, email: form.email.trim(), name: form.name.trim() }, { onSuccess: () => setForm({ email: '', name: '', role: 'AGENT' }) });
  }
  return (
    <Card withBorder component="form" onSubmit={submit} mb="md">
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
        <TextInput label="Email" type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} />
        <Select label="Role" data={roles} value={form.role} allowDeselect={false} onChange={(role) => role && setForm({ ...form, role: role as Role })} w={140} />
        <Button type="submit" loading={invite.isPending}>Invite</Button>
      </Group>
    </Card>
  );
}
