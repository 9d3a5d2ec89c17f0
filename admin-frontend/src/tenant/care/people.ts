import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../auth/AuthProvider';
import { may } from '../../auth/roles';

/** The tenant's staff as colleagues see them (name, role, active; no emails), deactivated ones included. */
function useTeam() {
  const me = useMe();
  const team = useQuery({
    queryKey: ['team'],
    queryFn: () => unwrap(api.GET('/api/team', { params: { query: { limit: 200 } } })),
    enabled: may(me.role, 'GET /api/team'),
  });
  return team.data?.items ?? [];
}

/** Staff a ticket can be filtered by or assigned to: me first, then the active colleagues. */
export function useAssignees() {
  const me = useMe();
  const others = useTeam().filter((u) => u.active && u.id !== me.userId).map((u) => ({ value: u.id, label: u.name }));
  return [{ value: me.userId, label: `Me (${me.name})` }, ...others];
}

/** A person's name for an actor id the API records (a user id, or "assistant"); the id itself when unknown. */
export function useNameOf() {
  const me = useMe();
  const team = useTeam();
  return (id: string | null | undefined) => {
    if (!id) return 'Nobody';
    if (id === 'assistant') return 'the assistant';
    if (id === me.userId) return `Me (${me.name})`;
    return team.find((u) => u.id === id)?.name ?? id;
  };
}
