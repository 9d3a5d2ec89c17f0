package app.parley.common.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and the opaque cursor of the next page (absent on the last page). */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }
}
