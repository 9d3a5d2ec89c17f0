package app.parley.tickets.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's issue for staff to work on. {@code category} is a value of the tenant's {@code issues}
 * lookup table (or {@link #UNCATEGORIZED}); {@code dueAt} follows from the priority's SLA.
 * {@code version} guards concurrent writers (optimistic lock).
 */
public record Ticket(TenantId tenant, TicketId id, TicketStatus status, TicketPriority priority, String category,
                     String subject, String customerPhone, String conversationId, Optional<String> assignee,
                     String openedBy, Instant openedAt, Instant dueAt, Instant updatedAt, long version) {
    public static final String UNCATEGORIZED = "Uncategorized";

    public Ticket {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(openedAt, "openedAt");
        if (category == null || category.isBlank()) throw new IllegalArgumentException("category");
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("subject");
    }

    public static Ticket open(TenantId tenant, TicketId id, TicketPriority priority, String category, String subject,
                              String customerPhone, String conversationId, String openedBy, Instant at) {
        return new Ticket(tenant, id, TicketStatus.OPEN, priority, category, subject, customerPhone, conversationId,
                Optional.empty(), openedBy, at, priority.dueFrom(at), at, 1);
    }

    public Ticket movedTo(TicketStatus next, Instant at) {
        return new Ticket(tenant, id, next, priority, category, subject, customerPhone, conversationId, assignee, openedBy,
                openedAt, dueAt, at, version + 1);
    }

    public Ticket assignedTo(String userId, Instant at) {
        return new Ticket(tenant, id, status, priority, category, subject, customerPhone, conversationId, Optional.of(userId),
                openedBy, openedAt, dueAt, at, version + 1);
    }

    /** A new priority moves the due time: the SLA still counts from the opening. */
    public Ticket reprioritized(TicketPriority next, Instant at) {
        return new Ticket(tenant, id, status, next, category, subject, customerPhone, conversationId, assignee, openedBy,
                openedAt, next.dueFrom(openedAt), at, version + 1);
    }

    public boolean overdue(Instant now) { return status.isOpen() && now.isAfter(dueAt); }
}
