package app.parley.tickets.application;

import app.parley.common.model.Ids;
import app.parley.tenancy.model.TenantId;
import app.parley.tickets.model.TicketId;
import app.parley.tickets.model.TicketNote;
import java.time.Instant;
import java.util.Optional;

/** Adds an internal note (staff only, never sent to the customer) to an existing ticket. */
public final class NotingTickets {
    private final Tickets tickets;

    public NotingTickets(Tickets tickets) { this.tickets = tickets; }

    /** The note, or empty when the tenant has no such ticket. */
    public Optional<TicketNote> note(TenantId tenant, TicketId id, String author, String text, Instant at) {
        if (tickets.find(tenant, id).isEmpty()) return Optional.empty();
        TicketNote note = new TicketNote(Ids.next("note"), id, author, text, at);
        tickets.note(tenant, note);
        return Optional.of(note);
    }
}
