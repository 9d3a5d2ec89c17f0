package app.parley.messaging.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message a customer sent to a tenant's WhatsApp number: the body of an {@code inbound.fifo} message.
 *
 * @param businessNumberId the tenant's number on the channel (Cloud API {@code phone_number_id})
 * @param externalMessageId the channel's message id (Cloud API {@code wamid.…}), the idempotency key
 * @param repliedToMessageId the message the customer replied to, or null
 */
public record InboundMessage(
        TenantId tenantId,
        Channel channel,
        String businessNumberId,
        Customer customer,
        String externalMessageId,
        Instant timestamp,
        InboundContent content,
        String repliedToMessageId) {

    public InboundMessage {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(businessNumberId, "businessNumberId");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(externalMessageId, "externalMessageId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(content, "content");
    }

    public Optional<String> repliedTo() {
        return Optional.ofNullable(repliedToMessageId);
    }

    public String messageGroupId() {
        return Fifo.messageGroupId(tenantId, customer.waId());
    }

    public String deduplicationId() {
        return Fifo.deduplicationId(externalMessageId);
    }
}
