package app.parley.tickets.model;

/** What opening a ticket came to. */
public sealed interface TicketOpening {
    record Opened(Ticket ticket) implements TicketOpening {}

    /** The conversation has an open ticket already (or this very ticket was opened before): nothing new. */
    record AlreadyOpen(TicketId existing) implements TicketOpening {}
}
