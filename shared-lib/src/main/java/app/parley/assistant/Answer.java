package app.parley.assistant;

import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.HandOverReason;
import app.parley.assistant.model.OrderDraft;
import java.util.List;
import java.util.Optional;

/**
 * The assistant's answer to one message. Every text in it passed the output firewall.
 * {@code withheld} lists why texts were blocked during this turn (log it; normally empty).
 */
public sealed interface Answer {
    ConversationState newState();

    List<String> withheld();

    record Reply(String text, ConversationState newState, List<String> withheld) implements Answer {}

    /** A draft for staff to approve: lines are catalog services at catalog prices; nothing is confirmed. */
    record OrderRequest(OrderDraft draft, String text, ConversationState newState, List<String> withheld)
            implements Answer {}

    /** The conversation needs a person; {@code text} is what the customer is told, if anything. */
    record HandOver(HandOverReason reason, Optional<String> text, ConversationState newState, List<String> withheld)
            implements Answer {}
}
