package app.parley.whatsapp.cloud;

import app.parley.messaging.model.Channel;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;

/** A customer's message as the webhook delivered it, before the number is routed to a tenant. */
public record ReceivedMessage(
        String phoneNumberId,
        Customer customer,
        String externalMessageId,
        Instant timestamp,
        InboundContent content,
        String repliedToMessageId) {

    public InboundMessage toEnvelope(TenantId tenant) {
        return new InboundMessage(tenant, Channel.CLOUD_API, phoneNumberId, customer,
                externalMessageId, timestamp, content, repliedToMessageId);
    }
}
