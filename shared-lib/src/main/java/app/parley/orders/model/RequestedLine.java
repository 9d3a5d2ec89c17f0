package app.parley.orders.model;

import app.parley.common.model.Money;
import java.util.Objects;

/** A line of an order request as the assistant drafted it: a catalog service id, its name and price then. */
public record RequestedLine(String serviceId, String name, Money unitPrice, int quantity) {
    public RequestedLine {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) throw new IllegalArgumentException("quantity");
    }
}
