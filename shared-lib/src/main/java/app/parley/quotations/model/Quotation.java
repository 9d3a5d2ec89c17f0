package app.parley.quotations.model;

import app.parley.common.model.Money;
import app.parley.orders.model.OrderLine;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A quotation for one CRM customer: catalog lines at catalog prices. {@code version} counts the edits (each edit is a
 * new version, kept, and needs approval again); {@code revision} counts every change, for conditional writes.
 */
public record Quotation(TenantId tenant, QuotationId id, String customerId, String customerPhone, String customerName,
                        int version, List<OrderLine> lines, String notes, QuotationStatus status,
                        String createdBy, Instant createdAt, String editedBy, Instant editedAt,
                        String approvedBy, Instant approvedAt, Instant sentAt, String documentRef, Instant answeredAt,
                        long revision) {
    public Quotation {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerPhone, "customerPhone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("a quotation has lines");
        if (lines.stream().map(l -> l.unitPrice().currency()).distinct().count() > 1) throw new IllegalArgumentException("one currency per quotation");
        if (version < 1) throw new IllegalArgumentException("version");
    }

    public static Quotation draft(TenantId tenant, String customerId, String phone, String name, List<OrderLine> lines, String notes,
                                  String by, Instant at) {
        return new Quotation(tenant, QuotationId.newId(), customerId, phone, name, 1, lines, notes, QuotationStatus.DRAFT,
                by, at, by, at, null, null, null, null, null, 1);
    }

    public Money total() { return lines.stream().map(OrderLine::total).reduce(Money::plus).orElseThrow(); }

    /** An edit: the next version, a draft again (it needs a manager's approval before it goes out). */
    public Quotation revised(List<OrderLine> next, String nextNotes, String by, Instant at) {
        return new Quotation(tenant, id, customerId, customerPhone, customerName, version + 1, next, nextNotes, QuotationStatus.DRAFT,
                createdBy, createdAt, by, at, null, null, null, null, null, revision + 1);
    }

    public Quotation approved(String by, Instant at) {
        return with(QuotationStatus.APPROVED, by, at, sentAt, documentRef, answeredAt);
    }

    public Quotation sent(String reference, Instant at) {
        return with(QuotationStatus.SENT, approvedBy, approvedAt, at, reference, answeredAt);
    }

    public Quotation answered(QuotationStatus answer, Instant at) {
        if (!answer.isAnswered()) throw new IllegalArgumentException("an answer is ACCEPTED or DECLINED");
        return with(answer, approvedBy, approvedAt, sentAt, documentRef, at);
    }

    /** Customer-facing number, e.g. {@code Q-01JABC-v2}. */
    public String reference() {
        return "Q-" + id.value().substring(id.value().length() - 8) + "-v" + version;
    }

    private Quotation with(QuotationStatus next, String by, Instant at, Instant sent, String ref, Instant answered) {
        return new Quotation(tenant, id, customerId, customerPhone, customerName, version, lines, notes, next, createdBy, createdAt,
                editedBy, editedAt, by, at, sent, ref, answered, revision + 1);
    }
}
