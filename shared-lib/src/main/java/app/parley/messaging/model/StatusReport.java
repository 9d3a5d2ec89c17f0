package app.parley.messaging.model;

import app.parley.tenancy.model.TenantId;
import java.util.Objects;

/**
 * A delivery status for a message the tenant sent, routed to the tenant: the body of an
 * {@code inbound.fifo} message next to {@link InboundMessage} (told apart by {@link EnvelopeKind}).
 */
public record StatusReport(TenantId tenantId, String businessNumberId, StatusUpdate update) {
    public StatusReport {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(businessNumberId, "businessNumberId");
        Objects.requireNonNull(update, "update");
    }

    /** The customer's group, so a status never overtakes the customer's messages. */
    public String messageGroupId() {
        String customer = update.recipientWaId() == null ? "status" : update.recipientWaId();
        return Fifo.messageGroupId(tenantId, customer);
    }

    /** One per wamid and stage: Meta repeating a callback is dropped, a later stage is not. */
    public String deduplicationId() {
        return Fifo.deduplicationId(update.externalMessageId() + ":" + update.status().name());
    }
}
