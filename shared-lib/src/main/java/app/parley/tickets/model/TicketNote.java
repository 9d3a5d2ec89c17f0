package app.parley.tickets.model;

import java.time.Instant;

/** An internal note on a ticket: staff only, never sent to the customer. */
public record TicketNote(String id, TicketId ticket, String author, String text, Instant at) {}
