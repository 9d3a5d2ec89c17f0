package app.parley.billing.application;

import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceNumber;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** Tenant admin: one of the tenant's own invoices as a PDF. Another tenant's number is simply not found. */
public final class DownloadingInvoices {
    private final Invoices invoices;
    private final InvoiceDocuments documents;

    public DownloadingInvoices(Invoices invoices, InvoiceDocuments documents) {
        this.invoices = invoices;
        this.documents = documents;
    }

    public sealed interface Download {
        record Found(Invoice invoice, byte[] pdf) implements Download {}
        record NotFound(InvoiceNumber number) implements Download {}
    }

    public Download download(TenantId tenant, String tenantName, InvoiceNumber number) {
        Optional<Invoice> invoice = invoices.find(tenant, number);
        return invoice.<Download>map(i -> new Download.Found(i, documents.pdf(i, tenantName)))
                .orElseGet(() -> new Download.NotFound(number));
    }
}
