package app.parley.catalog.model;

import app.parley.common.model.Ids;

public record FaqId(String value) {
    public static final String PREFIX = "faq";
    public FaqId { Ids.require(PREFIX, value, "faq"); }
    public static FaqId newId() { return new FaqId(Ids.next(PREFIX)); }
}
