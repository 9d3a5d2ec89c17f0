package app.parley.conversation.model;

import java.util.Objects;

/** What the assistant remembers about one conversation between turns, as JSON the pipeline does not read. */
public record ConversationMemory(ConversationId conversation, String json) {
    public ConversationMemory {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(json, "json");
    }
}
