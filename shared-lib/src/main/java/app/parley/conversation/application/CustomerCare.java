package app.parley.conversation.application;

import app.parley.conversation.model.Conversation;
import app.parley.messaging.model.InboundMessage;
import java.util.Optional;

/**
 * What the pipeline tells customer care (tickets, reviews, staff notifications) as it answers a message.
 * Every method is safe to call again for a redelivered message.
 */
public interface CustomerCare {
    /** When the message answers a review request waiting for this customer: it is stored, and this is the thanks to send. */
    Optional<String> reviewAnswered(Conversation conversation, InboundMessage message, String text);

    /** The assistant found a complaint in {@code text}: a ticket is opened (one per conversation while open). */
    void complained(Conversation conversation, InboundMessage message, String text);

    /** The conversation went from the assistant to a person (counted once, staff notified once). */
    void escalated(Conversation conversation, InboundMessage message, String reason);

    CustomerCare NONE = new CustomerCare() {
        @Override public Optional<String> reviewAnswered(Conversation c, InboundMessage m, String text) { return Optional.empty(); }
        @Override public void complained(Conversation c, InboundMessage m, String text) {}
        @Override public void escalated(Conversation c, InboundMessage m, String reason) {}
    };
}
