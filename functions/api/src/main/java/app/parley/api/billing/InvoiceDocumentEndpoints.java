package app.parley.api.billing;

import static app.parley.auth.access.Permission.BILLING_READ;

import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.http.ServedElsewhere;
import app.parley.billing.application.DownloadingInvoices;
import app.parley.billing.application.DownloadingInvoices.Download;
import app.parley.billing.application.Invoices;
import app.parley.billing.model.Invoice;
import app.parley.tenancy.application.Tenants;
import java.util.List;

/**
 * An invoice as a PDF document: served by the documents function, which carries PDFBox; the admin API function only
 * describes it in its document ({@link #described()}).
 */
public final class InvoiceDocumentEndpoints {
    private final Invoices invoices;
    private final DownloadingInvoices downloading;
    private final Tenants tenants;

    public InvoiceDocumentEndpoints(Invoices invoices, DownloadingInvoices downloading, Tenants tenants) {
        this.invoices = invoices;
        this.downloading = downloading;
        this.tenants = tenants;
    }

    public List<Operation> operations() { return declared(this::pdf); }

    /** The same operation for the API document of a function that does not serve it. */
    public static List<Operation> described() { return declared(ServedElsewhere.ACTION); }

    private static List<Operation> declared(Operation.Action pdf) {
        return List.of(Operation.get("/api/billing/invoices/{period}/pdf").tag("billing").requires(BILLING_READ)
                .summary("One invoice as a PDF document").returnsFile("application/pdf").handle(pdf));
    }

    private Reply pdf(Call call) {
        Invoice invoice = BillingEndpoints.invoice(invoices, call);
        String business = tenants.find(call.tenant()).orElseThrow(ApiProblem::notFound).name();
        return switch (downloading.download(call.tenant(), business, invoice.number())) {
            case Download.Found found -> Reply.file("application/pdf", found.invoice().number().text() + ".pdf", found.pdf());
            case Download.NotFound missing -> throw ApiProblem.notFound();
        };
    }
}
