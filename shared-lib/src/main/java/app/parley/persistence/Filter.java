package app.parley.persistence;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A query's filter expression with its placeholders (applied after the key condition, within the page). */
public record Filter(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    public Filter {
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }
}
