package app.parley.assistant.model;

import app.parley.common.model.Money;
import java.util.List;
import java.util.Objects;

/**
 * One sellable item of the tenant's catalog, as the assistant needs it.
 *
 * @param delivered true when the item is handed over at an address (flowers, cakes), so an
 *                  order request for it needs a delivery address
 */
public record CatalogService(
        String id,
        String name,
        ServiceKind kind,
        Money price,
        String description,
        List<String> keywords,
        List<String> includes,
        boolean delivered) {

    public CatalogService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(price, "price");
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        includes = includes == null ? List.of() : List.copyOf(includes);
    }
}
