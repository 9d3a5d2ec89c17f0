package app.parley.orders.model;

import java.util.Objects;

/** What the customer told us for this order. */
public record CustomerDetails(String phone, String name, String address, String notes) {
    public CustomerDetails { Objects.requireNonNull(phone, "phone"); }
}
