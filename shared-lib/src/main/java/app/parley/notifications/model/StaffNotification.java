package app.parley.notifications.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something the tenant's staff should look at. {@code id} is stable for the event it reports, so
 * recording the same event twice leaves one notification.
 *
 * @param subject what it is about, e.g. an order id or a conversation id
 * @param recipient the one staff user it is for (an assignment), or null for every manager and admin
 */
public record StaffNotification(TenantId tenant, String id, Kind kind, String subject, String conversationId,
                                String text, Instant at, String recipient) {
    public enum Kind {
        ORDER_REQUESTED, ORDER_REQUEST_NEEDS_REVIEW, ESCALATED, NEGATIVE_REVIEW, TICKET_ASSIGNED;

        /** Kinds also mailed to their recipients (the panel shows every kind). */
        public boolean mailed() { return this != ORDER_REQUEST_NEEDS_REVIEW; }
    }

    public StaffNotification {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    /** For every manager and admin of the tenant. */
    public StaffNotification(TenantId tenant, String id, Kind kind, String subject, String conversationId, String text, Instant at) {
        this(tenant, id, kind, subject, conversationId, text, at, null);
    }

    public boolean isFor(String userId) { return recipient == null || recipient.equals(userId); }
}
