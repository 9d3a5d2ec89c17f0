package app.parley.gateway.client;

import app.parley.messaging.model.Customer;
import app.parley.messaging.model.InboundContent;
import java.time.Instant;
import java.util.Objects;

/**
 * A message a customer sent to the session's number, in the channel-neutral content model.
 *
 * @param media the downloaded bytes when the content is media (the gateway stores them), else null
 * @param repliedToMessageId the quoted message, or null
 */
public record ReceivedMessage(String messageId, Customer customer, Instant timestamp, InboundContent content,
                              String repliedToMessageId, byte[] media) {
    public ReceivedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(content, "content");
    }
}
