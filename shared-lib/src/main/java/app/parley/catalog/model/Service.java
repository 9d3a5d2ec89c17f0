package app.parley.catalog.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Objects;

/** Something the tenant sells; a PACKAGE names the services it includes. Prices come only from here. */
public record Service(TenantId tenant, ServiceId id, ServiceKind kind, String name, Money price,
                      String description, List<String> keywords, List<String> includes) {
    public Service {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(price, "price");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
        if (price.isNegative()) throw new IllegalArgumentException("price");
        keywords = List.copyOf(keywords);
        includes = List.copyOf(includes);
        if (kind == ServiceKind.SERVICE && !includes.isEmpty()) throw new IllegalArgumentException("only packages include services");
    }
}
