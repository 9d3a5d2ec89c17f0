package app.parley.catalog.model;

import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Objects;

/** A named list the assistant picks from, e.g. {@code issues} or {@code products}. */
public record LookupTable(TenantId tenant, String name, List<String> values) {
    public LookupTable {
        Objects.requireNonNull(tenant, "tenant");
        if (name == null || !name.matches("[a-z][a-z0-9_-]{0,63}")) throw new IllegalArgumentException("lookup table name");
        values = List.copyOf(values);
    }
}
