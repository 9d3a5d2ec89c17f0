package app.parley.tickets.model;

/** What a change to a ticket came to: a business rule's answer, not an exception. */
public sealed interface TicketUpdate {
    record Updated(Ticket ticket) implements TicketUpdate {}

    record NotFound() implements TicketUpdate {}

    record IllegalTransition(TicketStatus from, TicketStatus to) implements TicketUpdate {}

    record UnknownAssignee(String userId) implements TicketUpdate {}

    /** A resolved ticket is not reopened while another ticket of its conversation is open. */
    record AnotherTicketOpen(TicketId open) implements TicketUpdate {}

    /** Someone else changed the ticket meanwhile. */
    record Stale() implements TicketUpdate {}
}
