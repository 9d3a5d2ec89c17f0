import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const notificationsKey = ['notifications'];
export const UNREAD_SHOWN = 99;
const POLL_MS = 20_000;

/** The signed-in user's unread notifications, polled and refreshed when the window regains focus. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: async () => (await unwrap(api.GET('/api/notifications', { params: { query: { unread: 'true', limit: UNREAD_SHOWN + 1 } } }))).items.length,
    enabled,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** "3", or "99+" when there are more than can be counted in one page. */
export const unreadLabel = (count: number) => (count > UNREAD_SHOWN ? `${UNREAD_SHOWN}+` : String(count));
