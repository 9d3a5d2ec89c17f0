package app.parley.tickets.model;

import java.time.Duration;
import java.time.Instant;

/** How soon staff must resolve a ticket: its SLA, counted from when the ticket was opened. */
public enum TicketPriority {
    URGENT(Duration.ofHours(4)), HIGH(Duration.ofHours(8)), NORMAL(Duration.ofHours(24)), LOW(Duration.ofHours(72));

    private final Duration sla;

    TicketPriority(Duration sla) { this.sla = sla; }

    public Duration sla() { return sla; }

    public Instant dueFrom(Instant openedAt) { return openedAt.plus(sla); }
}
