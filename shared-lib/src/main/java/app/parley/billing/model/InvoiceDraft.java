package app.parley.billing.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Objects;

/** An invoice before it has a number: issuing gives it the next one of the platform sequence. */
public record InvoiceDraft(TenantId tenant, String period, List<InvoiceLine> lines, Money total) {
    public InvoiceDraft {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(period, "period");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
    }
}
