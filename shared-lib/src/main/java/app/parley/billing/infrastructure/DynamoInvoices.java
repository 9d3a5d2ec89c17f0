package app.parley.billing.infrastructure;

import app.parley.billing.application.Invoices;
import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceDraft;
import app.parley.billing.model.InvoiceNumber;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantTable;
import app.parley.persistence.Transaction;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices in the tenant's partition; numbers from one platform counter. The counter moves
 * from n to n+1 only in the transaction that stores invoice n+1 (conditional on still reading
 * n), so a number is never skipped nor given twice, and a tenant gets one invoice per period.
 */
public final class DynamoInvoices implements Invoices {
    private static final int INVOICE = 0;
    private static final int ATTEMPTS = 20;
    private final Tables tables;

    public DynamoInvoices(Tables tables) { this.tables = tables; }

    @Override
    public Optional<Invoice> issue(InvoiceDraft draft, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long last = lastNumber();
            Invoice invoice = Invoice.issue(draft, new InvoiceNumber(last + 1), at);
            Transaction.Outcome outcome = tables.tenant().transact(draft.tenant(), List.of(
                    tables.tenant().putInTransaction(InvoiceItems.item(invoice), TenantTable.NEW_ITEM),
                    tables.platform().updateInTransaction(Keys.platformInvoiceSequence(), Keys.META, advance(last))));
            if (outcome.committed()) return Optional.of(invoice);
            if (outcome.failedAt(INVOICE)) return Optional.empty();
        }
        throw new IllegalStateException("the invoice sequence kept moving; try again");
    }

    private long lastNumber() {
        return tables.platform().get(Keys.platformInvoiceSequence(), Keys.META).map(i -> Attrs.num(i, "last")).orElse(0L);
    }

    private static Expression advance(long last) {
        String condition = last == 0 ? "attribute_not_exists(#last)" : "#last = :current";
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> values = last == 0
                ? Map.of(":next", Attrs.n(last + 1)) : Map.of(":next", Attrs.n(last + 1), ":current", Attrs.n(last));
        return new Expression("SET #last = :next", condition, Map.of("#last", "last"), values);
    }

    @Override
    public Optional<Invoice> find(TenantId tenant, String period) {
        return tables.tenant().get(tenant, Keys.invoices(tenant), Keys.invoice(period)).map(i -> InvoiceItems.invoice(i, tenant));
    }

    @Override
    public List<Invoice> list(TenantId tenant) {
        return tables.tenant().query(tenant, Keys.invoices(tenant), "INV#", 1000, true).stream()
                .map(i -> InvoiceItems.invoice(i, tenant)).toList();
    }

    @Override
    public void markPaid(TenantId tenant, String period) {
        tables.tenant().update(tenant, Keys.invoices(tenant), Keys.invoice(period), new Expression("SET #s = :paid",
                "attribute_exists(PK)", Map.of("#s", "status"), Map.of(":paid", Attrs.s("PAID"))));
    }
}
