package app.parley.billing.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An issued invoice of one tenant for one period ({@code yyyy-MM}). */
public record Invoice(InvoiceNumber number, TenantId tenant, String period, List<InvoiceLine> lines, Money total,
                      InvoiceStatus status, Instant issuedAt) {
    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(period, "period");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public static Invoice issue(InvoiceDraft draft, InvoiceNumber number, Instant at) {
        return new Invoice(number, draft.tenant(), draft.period(), draft.lines(), draft.total(), InvoiceStatus.ISSUED, at);
    }
}
