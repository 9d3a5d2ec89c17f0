import { Badge } from '@mantine/core';

const modes: Record<string, { label: string; color: string }> = {
  AI: { label: 'Assistant', color: 'teal' },
  ESCALATED: { label: 'Needs staff', color: 'red' },
  HUMAN: { label: 'Staff', color: 'blue' },
};

export function ModeBadge({ mode }: { mode: string }) {
  const m = modes[mode] ?? { label: mode, color: 'gray' };
  return <Badge color={m.color} variant="light">{m.label}</Badge>;
}

export const formatTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
