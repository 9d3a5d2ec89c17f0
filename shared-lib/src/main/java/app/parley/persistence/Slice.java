package app.parley.persistence;

import app.parley.common.model.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items of one query page and where the next page starts (null at the end). */
public record Slice(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {
    public <T> Page<T> toPage(Function<Map<String, AttributeValue>, T> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), Optional.ofNullable(lastKey).map(Cursors::encode));
    }
}
