package app.parley.catalog.model;

import app.parley.common.model.Ids;

public record ServiceId(String value) {
    public static final String PREFIX = "svc";
    public ServiceId { Ids.require(PREFIX, value, "service"); }
    public static ServiceId newId() { return new ServiceId(Ids.next(PREFIX)); }
}
