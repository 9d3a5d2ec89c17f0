package app.parley.tickets.model;

import java.time.Instant;

/** One line of a ticket's history: who changed what, from which value to which, and when. */
public record TicketChange(String id, TicketId ticket, String actor, String field, String from, String to, Instant at) {}
