package app.parley.assistant.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/** Converts between Jackson trees and the AWS SDK's {@link Document} (tool schemas out, tool inputs in). */
final class Documents {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Documents() {}

    static Document of(JsonNode node) {
        if (node.isObject()) {
            var map = new LinkedHashMap<String, Document>();
            node.properties().forEach(field -> map.put(field.getKey(), of(field.getValue())));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            var list = new ArrayList<Document>();
            node.forEach(item -> list.add(of(item)));
            return Document.fromList(list);
        }
        if (node.isNumber()) return Document.fromNumber(SdkNumber.fromBigDecimal(node.decimalValue()));
        if (node.isBoolean()) return Document.fromBoolean(node.booleanValue());
        if (node.isNull()) return Document.fromNull();
        return Document.fromString(node.asText());
    }

    static JsonNode json(Document document) {
        if (document == null || document.isNull()) return NODES.nullNode();
        if (document.isMap()) {
            ObjectNode object = NODES.objectNode();
            document.asMap().forEach((key, value) -> object.set(key, json(value)));
            return object;
        }
        if (document.isList()) {
            ArrayNode array = NODES.arrayNode();
            document.asList().forEach(item -> array.add(json(item)));
            return array;
        }
        if (document.isNumber()) return NODES.numberNode(document.asNumber().bigDecimalValue());
        if (document.isBoolean()) return NODES.booleanNode(document.asBoolean());
        return NODES.textNode(document.asString());
    }
}
