package app.parley.tickets.application;

import app.parley.common.model.Page;
import app.parley.reports.model.Figure;
import app.parley.tenancy.model.TenantId;
import app.parley.tickets.model.Ticket;
import app.parley.tickets.model.TicketChange;
import app.parley.tickets.model.TicketFilter;
import app.parley.tickets.model.TicketId;
import app.parley.tickets.model.TicketNote;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tickets with their history and notes; every write also writes its history line and its report figures, together. */
public interface Tickets {
    /** Stores a new ticket and its first history line; false when a ticket with its id exists already. */
    boolean open(Ticket ticket, TicketChange opened);

    Optional<Ticket> find(TenantId tenant, TicketId id);

    /** The ticket open for a conversation, if one is. */
    Optional<TicketId> openFor(TenantId tenant, String conversationId);

    Page<Ticket> page(TenantId tenant, TicketFilter filter, int limit, String cursor);

    /** Replaces the ticket if the stored one still has {@code next.version() - 1}; false when it changed meanwhile. */
    boolean update(Ticket next, List<TicketChange> changes, Map<Figure, Long> figures);

    void note(TenantId tenant, TicketNote note);

    List<TicketChange> history(TenantId tenant, TicketId id);

    List<TicketNote> notes(TenantId tenant, TicketId id);
}
