package app.parley.whatsapp.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** Small null-safe readers over Jackson trees, for payloads where any field may be missing. */
final class Json {
    private Json() {}

    /** The field as text when it is a string or number, otherwise null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && (value.isTextual() || value.isNumber()) ? value.asText() : null;
    }

    static List<JsonNode> elements(JsonNode array) {
        if (array == null || !array.isArray()) return List.of();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
