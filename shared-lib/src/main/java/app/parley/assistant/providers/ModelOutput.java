package app.parley.assistant.providers;

import com.fasterxml.jackson.databind.JsonNode;

/** What a model answered, parsed from the provider's envelope but not yet trusted. */
sealed interface ModelOutput {
    record ToolCall(String name, JsonNode arguments) implements ModelOutput {}

    record Text(String text) implements ModelOutput {}

    /** A well-formed envelope with nothing usable in it (a refusal, a block, arguments that are not JSON). */
    record Unusable(String why) implements ModelOutput {}
}
