package app.parley.api.http;

import app.parley.common.model.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list as every list endpoint answers it: {@code {"items":[...],"nextCursor":...}}. */
public record Listing<T>(List<T> items, String nextCursor) {
    public static <M, T> Listing<T> of(Page<M> page, Function<M, T> view) {
        return new Listing<>(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
    }
}
