import { ActionIcon, Indicator } from '@mantine/core';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthProvider';
import { may } from '../auth/roles';
import { unreadLabel, useUnreadCount } from '../tenant/notifications/unread';

/** The bell in the header: how many notifications are unread, a link to them. */
export function NotificationBell() {
  const allowed = may(useMe().role, 'GET /api/notifications');
  const unread = useUnreadCount(allowed);
  if (!allowed) return null;
  const count = unread.data ?? 0;
  const name = count === 0 ? 'Notifications, none unread' : `Notifications, ${unreadLabel(count)} unread`;
  return (
    <Indicator label={unreadLabel(count)} size={18} color="red" disabled={count === 0} offset={4}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="dark" size="lg" aria-label={name} title={name}>
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
