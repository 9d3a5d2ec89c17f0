package app.parley.crm.model;

import app.parley.common.model.Ids;

public record CustomerId(String value) {
    public static final String PREFIX = "cus";
    public CustomerId { Ids.require(PREFIX, value, "customer"); }
    public static CustomerId newId() { return new CustomerId(Ids.next(PREFIX)); }
}
