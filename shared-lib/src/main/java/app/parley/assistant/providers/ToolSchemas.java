package app.parley.assistant.providers;

import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.understanding.Intent;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JSON Schemas of the tools, in the subset all three providers accept (OpenAI strict mode: every property
 * required, no extra properties; optional text is an empty string, not null). Ranges are checked on return.
 */
final class ToolSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ToolSchemas() {}

    static ObjectNode classification(Knowledge knowledge) {
        var schema = object();
        var properties = schema.putObject("properties");
        var intent = properties.putObject("intent").put("type", "string")
                .put("description", "what the customer wants from this message");
        for (Intent i : Intent.values()) intent.withArray("enum").add(i.name());
        properties.putObject("confidence").put("type", "number").put("description", "how sure you are, from 0 to 1");
        var ids = properties.putObject("service_ids").put("type", "array")
                .put("description", "ids of the catalog services the message refers to; empty when none");
        var item = ids.putObject("items").put("type", "string");
        List<String> catalog = knowledge.services().stream().map(CatalogService::id).toList();
        if (!catalog.isEmpty()) catalog.forEach(item.withArray("enum")::add);
        return required(schema, "intent", "confidence", "service_ids");
    }

    static ObjectNode extraction() {
        var schema = object();
        var properties = schema.putObject("properties");
        properties.putObject("name").put("type", "string").put("description", "the customer's name, or empty");
        properties.putObject("preferred_time").put("type", "string").put("description", "the day or time asked for, or empty");
        properties.putObject("address").put("type", "string").put("description", "a delivery or visit address, or empty");
        return required(schema, "name", "preferred_time", "address");
    }

    private static ObjectNode object() {
        return NODES.objectNode().put("type", "object");
    }

    private static ObjectNode required(ObjectNode schema, String... fields) {
        var required = schema.putArray("required");
        for (String field : fields) required.add(field);
        schema.put("additionalProperties", false);
        return schema;
    }
}
