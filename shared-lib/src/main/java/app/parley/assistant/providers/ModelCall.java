package app.parley.assistant.providers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One request to a model, independent of any provider's wire format.
 *
 * @param system instructions, then the tenant's data clearly delimited as data
 * @param user   the untrusted customer text, JSON-encoded
 * @param tool   the one tool the model must call; empty when plain text is wanted
 */
record ModelCall(String system, String user, Optional<ToolDefinition> tool, int maxTokens) {

    /** A function the model is forced to call, with a JSON Schema (draft 2020-12 subset) for its arguments. */
    record ToolDefinition(String name, String description, ObjectNode parameters) {}
}
