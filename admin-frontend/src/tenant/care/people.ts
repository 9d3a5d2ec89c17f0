import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../auth/AuthProvider';
import { may } from '../../auth/roles';

/** Staff a ticket can be filtered by or assigned to: me, and the tenant's users when the role may list them. */
export function useAssignees() {
  const me = useMe();
  const users = useQuery({
    queryKey: ['users', 'assignees'],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: { limit: 200 } } })),
    enabled: may(me.role, 'GET /api/users'),
  });
  const others = (users.data?.items ?? []).filter((u) => u.active && u.id !== me.userId).map((u) => ({ value: u.id, label: u.name }));
  return [{ value: me.userId, label: `Me (${me.name})` }, ...others];
}

/** A person's name for an actor id the API records (a user id, or "assistant"); the id itself when unknown. */
export function useNameOf() {
  const people = useAssignees();
  return (id: string | null | undefined) => {
    if (!id) return 'Nobody';
    if (id === 'assistant') return 'the assistant';
    return people.find((p) => p.value === id)?.label ?? id;
  };
}
