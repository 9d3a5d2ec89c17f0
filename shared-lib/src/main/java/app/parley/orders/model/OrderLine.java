package app.parley.orders.model;

import app.parley.catalog.model.ServiceId;
import app.parley.common.model.Money;
import java.util.Objects;

/** A catalog service at the catalog's price when the order was drafted. */
public record OrderLine(ServiceId serviceId, String name, Money unitPrice, int quantity) {
    public OrderLine {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) throw new IllegalArgumentException("quantity");
    }

    public Money total() { return unitPrice.times(quantity); }
}
