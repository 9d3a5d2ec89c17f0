package app.parley.api;

import app.parley.api.audit.Auditor;
import app.parley.api.billing.InvoiceDocumentEndpoints;
import app.parley.api.http.Operation;
import app.parley.api.http.Router;
import app.parley.api.quotations.QuotationDocumentEndpoints;
import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.auth.tokens.AccessTokens;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoCustomerConversations;
import app.parley.conversation.infrastructure.DynamoOutboundLedger;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.persistence.Tables;
import app.parley.quotations.application.SendingQuotations;
import app.parley.quotations.infrastructure.DynamoQuotations;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.tenancy.infrastructure.DynamoTenants;
import java.util.ArrayList;
import java.util.List;

/**
 * The admin API's operations that need PDFBox (invoice and quotation PDFs, sending a quotation),
 * routed by the documents function with the admin API's own router: the same token check, roles, rate limits,
 * tenant scoping and error JSON. The admin API function describes them in its OpenAPI document ({@link #described()}).
 */
public final class DocumentsWiring {
    private DocumentsWiring() {}

    public static Router router(DocumentsDependencies d) {
        Tables tables = d.tables();
        var tenants = new DynamoTenants(tables);
        var auditor = new Auditor(new DynamoAuditEvents(tables), d.clock(), new DynamoDailyFigures(tables.tenant()));
        var billing = d.billing();
        var quotations = new DynamoQuotations(tables.tenant());
        var customers = new DynamoCustomers(tables.tenant());
        var sending = new SendingQuotations(new SendingQuotations.Ports(quotations, d.quotationDocuments(), d.media(), tenants,
                new DynamoCustomerConversations(tables, customers, new DynamoConversations(tables.tenant())),
                new DynamoOutboundLedger(tables.tenant()), d.outbound()));
        List<Operation> operations = new ArrayList<>();
        operations.addAll(new InvoiceDocumentEndpoints(billing.invoices(), billing.downloadingInvoices(d.invoiceDocuments()), tenants)
                .operations());
        operations.addAll(new QuotationDocumentEndpoints(quotations, sending, d.quotationDocuments(), tenants, auditor, d.clock())
                .operations());
        return new Router(operations, new AccessTokens(d.signingKeys(), d.tokenSettings(), d.clock()), d.limits());
    }

    /** The operations {@link #router} serves, for the admin API function's document. */
    public static List<Operation> described() {
        List<Operation> operations = new ArrayList<>(InvoiceDocumentEndpoints.described());
        operations.addAll(QuotationDocumentEndpoints.described());
        return operations;
    }
}
