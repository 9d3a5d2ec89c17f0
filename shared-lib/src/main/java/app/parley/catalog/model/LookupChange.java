package app.parley.catalog.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change of a lookup table: who, when, what ({@code CREATED}, {@code UPDATED}, {@code DELETED}), the values
 * before and after (empty when there were none), and which values were added and removed.
 */
public record LookupChange(TenantId tenant, String table, String id, String actor, Action action, List<String> before,
                           List<String> after, Instant at) {
    public enum Action { CREATED, UPDATED, DELETED }

    public LookupChange {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public List<String> added() { return after.stream().filter(v -> !before.contains(v)).toList(); }

    public List<String> removed() { return before.stream().filter(v -> !after.contains(v)).toList(); }
}
