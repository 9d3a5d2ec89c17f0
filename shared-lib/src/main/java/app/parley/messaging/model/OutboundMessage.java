package app.parley.messaging.model;

import app.parley.tenancy.model.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the business sends to a customer: the body of an {@code outbound.fifo} message.
 *
 * @param id stable id chosen when the reply was decided; the sender keys idempotency on it
 * @param replyToMessageId the customer's message this answers (shown as a quote), or null
 */
public record OutboundMessage(
        String id,
        TenantId tenantId,
        String conversationId,
        Customer customer,
        String replyToMessageId,
        MessageOrigin origin,
        OutboundContent content) {

    public OutboundMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
        if (id.isBlank()) throw new IllegalArgumentException("an outbound message needs an id");
    }

    public Optional<String> replyTo() {
        return Optional.ofNullable(replyToMessageId);
    }

    public String messageGroupId() {
        return Fifo.messageGroupId(tenantId, customer.waId());
    }

    public String deduplicationId() {
        return Fifo.deduplicationId(id);
    }
}
