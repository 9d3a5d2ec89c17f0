package app.parley.orders.model;

import app.parley.common.model.Ids;

public record OrderId(String value) {
    public static final String PREFIX = "ord";
    public OrderId { Ids.require(PREFIX, value, "order"); }
    public static OrderId newId() { return new OrderId(Ids.next(PREFIX)); }
}
