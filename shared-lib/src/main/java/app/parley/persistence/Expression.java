package app.parley.persistence;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An update expression with its condition (may be null) and placeholders. */
public record Expression(String update, String condition, Map<String, String> names, Map<String, AttributeValue> values) {
    public Expression {
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }
}
