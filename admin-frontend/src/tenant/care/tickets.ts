/** The ticket state machine as the API enforces it (TicketStatus.java): only these moves are offered. */
export const ticketStatuses = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export const ticketPriorities = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

const next: Record<TicketStatus, TicketStatus[]> = {
  OPEN: ['IN_PROGRESS'],
  IN_PROGRESS: ['RESOLVED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: [],
};

const isStatus = (value: string): value is TicketStatus => (ticketStatuses as readonly string[]).includes(value);

/** The statuses a ticket in `status` may move to; none for an unknown status. */
export function allowedMoves(status: string): TicketStatus[] {
  return isStatus(status) ? next[status] : [];
}

/** The button that moves a ticket from one status to another. */
export function moveLabel(from: string, to: TicketStatus): string {
  if (to === 'IN_PROGRESS') return from === 'RESOLVED' ? 'Reopen' : 'Start work';
  if (to === 'RESOLVED') return 'Mark resolved';
  if (to === 'CLOSED') return 'Close';
  return statusName(to);
}

export function statusName(status: string): string {
  const lower = status.toLowerCase().replace('_', ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export const statusColors: Record<string, string> = { OPEN: 'blue', IN_PROGRESS: 'grape', RESOLVED: 'teal', CLOSED: 'gray' };
export const priorityColors: Record<string, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'gray' };

/** Only open and in-progress tickets count against their SLA. */
export const countsAgainstSla = (status: string) => status === 'OPEN' || status === 'IN_PROGRESS';

export interface SlaState {
  overdue: boolean;
  text: string;
}

/** "2 d 3 h", "3 h 5 min", "12 min", "under a minute". */
export function span(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'under a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/** Where a ticket stands against its due time at `now`. */
export function slaState(ticket: { status: string; dueAt: string; overdue?: boolean }, now: Date): SlaState {
  const due = new Date(ticket.dueAt).getTime();
  if (!countsAgainstSla(ticket.status)) return { overdue: false, text: `${statusName(ticket.status)}: the due time no longer counts` };
  const left = due - now.getTime();
  if (left < 0 || ticket.overdue === true) return { overdue: true, text: `Overdue by ${span(Math.min(left, 0))}` };
  return { overdue: false, text: `Due in ${span(left)}` };
}
