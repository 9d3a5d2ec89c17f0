package app.parley.messaging.model;

import app.parley.tenancy.model.TenantId;
import java.util.Objects;

/**
 * A delivery status for a message the tenant sent, routed to the tenant: the body of a message on the status queue
 * ({@code STATUS_QUEUE_URL}, a standard queue, {@link EnvelopeKind#STATUS_REPORT}), settled apart from customers' messages.
 */
public record StatusReport(TenantId tenantId, String businessNumberId, StatusUpdate update) {
    public StatusReport {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(businessNumberId, "businessNumberId");
        Objects.requireNonNull(update, "update");
    }

    /** The customer's group (used only on a FIFO queue; the status queue is standard). */
    public String messageGroupId() {
        String customer = update.recipientWaId() == null ? "status" : update.recipientWaId();
        return Fifo.messageGroupId(tenantId, customer);
    }

    /** One per wamid and stage (used only on a FIFO queue; on the standard status queue repeats are settled idempotently). */
    public String deduplicationId() {
        return Fifo.deduplicationId(update.externalMessageId() + ":" + update.status().name());
    }
}
