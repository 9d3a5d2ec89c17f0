package app.parley.assistant.providers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a fake model understood of a request: the tool it is forced to call (null for plain text) and the
 * JSON data of the user turn ({@code customer_message}, and for phrasing {@code draft_reply}).
 */
public record Seen(String tool, JsonNode data) {
    public String customerText() {
        return data.path("customer_message").asText("");
    }

    public String draftReply() {
        return data.path("draft_reply").asText("");
    }

    public boolean classifying() {
        return Prompts.CLASSIFY_TOOL.equals(tool);
    }

    public boolean extracting() {
        return Prompts.EXTRACT_TOOL.equals(tool);
    }
}
