package app.parley.billing.application;

import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceDraft;
import app.parley.billing.model.InvoiceNumber;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Invoices {
    /** Takes the next platform invoice number and stores the invoice in one transaction: no gaps, one per tenant and period. */
    Optional<Invoice> issue(InvoiceDraft draft, Instant at);

    Optional<Invoice> find(TenantId tenant, String period);

    /** Newest first. */
    List<Invoice> list(TenantId tenant);

    default Optional<Invoice> find(TenantId tenant, InvoiceNumber number) {
        return list(tenant).stream().filter(i -> i.number().equals(number)).findFirst();
    }

    void markPaid(TenantId tenant, String period);
}
