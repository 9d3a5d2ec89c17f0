package app.parley.quotations.model;

import app.parley.common.model.Ids;

public record QuotationId(String value) {
    public static final String PREFIX = "quo";
    public QuotationId { Ids.require(PREFIX, value, "quotation"); }
    public static QuotationId newId() { return new QuotationId(Ids.next(PREFIX)); }
}
