package app.parley.tickets.model;

import java.util.Map;
import java.util.Set;

/** open → in progress → resolved → closed; a resolved ticket may be reopened (back in progress). */
public enum TicketStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED;

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = Map.of(
            OPEN, Set.of(IN_PROGRESS),
            IN_PROGRESS, Set.of(RESOLVED),
            RESOLVED, Set.of(CLOSED, IN_PROGRESS),
            CLOSED, Set.of());

    public boolean mayMoveTo(TicketStatus next) { return NEXT.get(this).contains(next); }

    public Set<TicketStatus> next() { return NEXT.get(this); }

    /** Still waiting for staff: counts against the SLA. */
    public boolean isOpen() { return this == OPEN || this == IN_PROGRESS; }
}
