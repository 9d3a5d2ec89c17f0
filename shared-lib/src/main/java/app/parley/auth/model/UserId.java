package app.parley.auth.model;

import app.parley.common.model.Ids;

public record UserId(String value) {
    public static final String PREFIX = "usr";
    public UserId { Ids.require(PREFIX, value, "user"); }
    public static UserId newId() { return new UserId(Ids.next(PREFIX)); }
}
