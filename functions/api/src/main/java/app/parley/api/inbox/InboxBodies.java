package app.parley.api.inbox;

import app.parley.api.http.Check;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.Message;
import java.time.Instant;
import java.util.List;

/** Bodies of the inbox endpoints. */
public final class InboxBodies {
    private InboxBodies() {}

    public record ConversationView(String id, String customerId, String customerPhone, String mode, String takenOverBy,
                                   Instant lastMessageAt) {
        public static ConversationView of(Conversation c) {
            return new ConversationView(c.id().value(), c.customer().value(), c.customerPhone(), c.status().name(),
                    c.takenOverBy().map(u -> u.value()).orElse(null), c.lastMessageAt());
        }
    }

    public record MessageView(String id, String direction, String type, String text, Instant sentAt) {
        public static MessageView of(Message m) {
            return new MessageView(m.id().value(), m.direction().name(), m.type().name(), m.text(), m.sentAt());
        }
    }

    public record ConversationDetail(ConversationView conversation, List<MessageView> messages) {}

    public record AgentReply(String text) {
        public AgentReply { text = Check.text("text", text, 4096); }
    }
}
