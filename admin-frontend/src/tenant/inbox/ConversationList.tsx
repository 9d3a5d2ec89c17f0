import { Group, NavLink, Paper, SegmentedControl, Text } from '@mantine/core';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { PagedList, usePagedList } from '../../ui/paged';
import { formatTime, ModeBadge } from './modes';

export type ModeFilter = 'ALL' | 'AI' | 'ESCALATED' | 'HUMAN';
export const conversationsKey = ['conversations'];
const POLL_MS = 4000;

export function ConversationList({ mode, onMode, openId }: { mode: ModeFilter; onMode: (m: ModeFilter) => void; openId?: string }) {
  const conversations = usePagedList([...conversationsKey, mode], (cursor) =>
    unwrap(api.GET('/api/conversations', { params: { query: { mode: mode === 'ALL' ? undefined : mode, cursor, limit: 50 } } })), POLL_MS);
  return (
    <Paper withBorder p="xs">
      <SegmentedControl
        fullWidth size="xs" mb="xs" value={mode} onChange={(m) => onMode(m as ModeFilter)}
        aria-label="Show conversations"
        data={[{ value: 'ALL', label: 'All' }, { value: 'AI', label: 'AI' }, { value: 'ESCALATED', label: 'Escalated' }, { value: 'HUMAN', label: 'Human' }]}
      />
      <PagedList list={conversations} what="conversations" empty="No conversations here yet. New customer messages appear on their own.">
        {(items) => items.map((c) => (
          <NavLink
            key={c.id}
            component={Link}
            to={`/inbox/${c.id}`}
            active={c.id === openId}
            label={<Group justify="space-between" wrap="nowrap"><Text size="sm" fw={600}>{c.customerPhone}</Text><ModeBadge mode={c.mode} /></Group>}
            description={`Last message ${formatTime(c.lastMessageAt)}`}
          />
        ))}
      </PagedList>
    </Paper>
  );
}
