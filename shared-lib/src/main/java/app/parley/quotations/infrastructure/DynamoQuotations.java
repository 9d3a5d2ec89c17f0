package app.parley.quotations.infrastructure;

import static app.parley.persistence.Attrs.str;

import app.parley.common.model.Page;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.quotations.application.Quotations;
import app.parley.quotations.model.Quotation;
import app.parley.quotations.model.QuotationId;
import app.parley.quotations.model.QuotationStatus;
import app.parley.tenancy.model.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@code T#t#QUOTE#q / META} (current, listed in GSI1 {@code T#t#QUOTES}) and {@code / V#0001...} (each version as
 * drafted); the customer's link {@code T#t#CUST#c / QUOTE#q} and, while one waits for an answer,
 * {@code T#t#CUST#c / AWAITING#QUOTE}. Every change is one transaction conditional on the revision.
 */
public final class DynamoQuotations implements Quotations {
    private final TenantTable table;

    public DynamoQuotations(TenantTable table) { this.table = table; }

    @Override
    public void create(Quotation q) {
        TenantItem link = TenantItem.of(q.tenant(), Keys.customer(q.tenant(), q.customerId()), Keys.quotationLink(q.id().value()))
                .with("quotationId", q.id().value());
        var outcome = table.transact(q.tenant(), List.of(table.putInTransaction(QuotationItems.current(q), TenantTable.NEW_ITEM),
                table.putInTransaction(QuotationItems.version(q), TenantTable.NEW_ITEM), table.putInTransaction(link, null)));
        if (!outcome.committed()) throw new IllegalStateException("quotation id already taken: " + outcome.reasons());
    }

    @Override
    public Optional<Quotation> find(TenantId tenant, QuotationId id) {
        return table.get(tenant, Keys.quotation(tenant, id.value()), Keys.META).map(i -> QuotationItems.quotation(tenant, i));
    }

    @Override
    public Page<Quotation> page(TenantId tenant, int limit, String cursor) {
        return table.listPage(tenant, Keys.quotationList(tenant), limit, true, cursor, null, null)
                .toPage(i -> QuotationItems.quotation(tenant, i));
    }

    @Override
    public List<Quotation> versions(TenantId tenant, QuotationId id) {
        return table.query(tenant, Keys.quotation(tenant, id.value()), "V#", 1000, false).stream()
                .map(i -> QuotationItems.quotation(tenant, i)).toList();
    }

    @Override
    public boolean save(Quotation next) {
        TenantId t = next.tenant();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(table.putInTransaction(QuotationItems.current(next), "rev = :expected",
                Map.of(":expected", Attrs.n(next.revision() - 1))));
        if (next.status() == QuotationStatus.DRAFT && next.approvedBy() == null) {
            writes.add(table.putInTransaction(QuotationItems.version(next), null));
        }
        TenantItem awaiting = TenantItem.of(t, Keys.customer(t, next.customerId()), Keys.AWAITED_QUOTATION)
                .with("quotationId", next.id().value());
        if (next.status() == QuotationStatus.SENT) writes.add(table.putInTransaction(awaiting, null));
        if (next.status().isAnswered()) {
            writes.add(table.deleteInTransaction(Keys.customer(t, next.customerId()), Keys.AWAITED_QUOTATION,
                    "attribute_not_exists(PK) OR quotationId = :mine", Map.of(":mine", Attrs.s(next.id().value()))));
        }
        return table.transact(t, writes).committed();
    }

    @Override
    public List<Quotation> forCustomer(TenantId tenant, String customerId, int limit) {
        return table.query(tenant, Keys.customer(tenant, customerId), "QUOTE#", limit, true).stream()
                .map(link -> find(tenant, new QuotationId(str(link, "quotationId"))))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Quotation> awaitingAnswer(TenantId tenant, String customerId) {
        return table.get(tenant, Keys.customer(tenant, customerId), Keys.AWAITED_QUOTATION)
                .flatMap(pointer -> find(tenant, new QuotationId(str(pointer, "quotationId"))))
                .filter(q -> q.status() == QuotationStatus.SENT);
    }
}
