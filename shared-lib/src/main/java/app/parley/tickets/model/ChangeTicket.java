package app.parley.tickets.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;

/** Commands of staff on one ticket. */
public sealed interface ChangeTicket {
    TenantId tenant();

    TicketId id();

    String actor();

    Instant at();

    record MoveTo(TenantId tenant, TicketId id, TicketStatus status, String actor, Instant at) implements ChangeTicket {}

    record AssignTo(TenantId tenant, TicketId id, String userId, String actor, Instant at) implements ChangeTicket {}

    record Reprioritize(TenantId tenant, TicketId id, TicketPriority priority, String actor, Instant at) implements ChangeTicket {}
}
