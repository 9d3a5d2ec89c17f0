package app.parley.conversation.application;

import app.parley.common.model.SaveOutcome;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationStatus;

/** Outside the 24-hour window only a template or a person can reach the customer: the bot steps back. */
final class Reengagement {
    private Reengagement() {}

    static void escalate(Conversations conversations, Conversation conversation) {
        Conversation current = conversation;
        for (int attempt = 0; attempt < 3 && current.status() == ConversationStatus.AI; attempt++) {
            if (conversations.update(current.escalated()) instanceof SaveOutcome.Saved<Conversation>) return;
            current = conversations.find(current.tenant(), current.id()).orElse(current);
        }
    }
}
