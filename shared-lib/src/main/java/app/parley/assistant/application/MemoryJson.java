package app.parley.assistant.application;

import app.parley.assistant.model.ConversationState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The assistant's conversation state as JSON; an unreadable memory starts the conversation afresh. */
final class MemoryJson {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryJson.class);
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MemoryJson() {}

    static ConversationState read(String json) {
        try {
            return JSON.readValue(json, ConversationState.class);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("assistant memory unreadable, starting afresh: {}", e.getMessage());
            return ConversationState.fresh();
        }
    }

    static String write(ConversationState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state is not writable as JSON", e);
        }
    }
}
