package app.parley.api.quotations;

import app.parley.api.http.Check;
import app.parley.api.orders.OrderBodies.LineInput;
import app.parley.orders.model.OrderLine;
import app.parley.quotations.model.Quotation;
import java.time.Instant;
import java.util.List;

/** Bodies of the quotation endpoints. Lines name a catalog service and a quantity; prices always come from the catalog. */
public final class QuotationBodies {
    private QuotationBodies() {}

    public record QuotationLineView(String serviceId, String name, String unitPrice, int quantity, String amount) {
        static QuotationLineView of(OrderLine l) {
            return new QuotationLineView(l.serviceId().value(), l.name(), l.unitPrice().toDecimalString(), l.quantity(),
                    l.total().toDecimalString());
        }
    }

    public record QuotationView(String id, String reference, int version, String status, String customerId, String customerPhone,
                                String customerName, List<QuotationLineView> items, String currency, String total, String notes,
                                String createdBy, Instant createdAt, String editedBy, Instant editedAt, String approvedBy,
                                Instant approvedAt, Instant sentAt, Instant answeredAt) {
        public static QuotationView of(Quotation q) {
            return new QuotationView(q.id().value(), q.reference(), q.version(), q.status().name(), q.customerId(), q.customerPhone(),
                    q.customerName(), q.lines().stream().map(QuotationLineView::of).toList(), q.total().currency().getCurrencyCode(),
                    q.total().toDecimalString(), q.notes(), q.createdBy(), q.createdAt(), q.editedBy(), q.editedAt(), q.approvedBy(),
                    q.approvedAt(), q.sentAt(), q.answeredAt());
        }
    }

    /** The quotation now, and every version as it was drafted (oldest first). */
    public record QuotationDetail(QuotationView quotation, List<QuotationView> versions) {}

    public record QuotationDraft(String customerId, List<LineInput> items, String notes) {
        public QuotationDraft {
            Check.text("customerId", customerId, 40);
            Check.that(items != null && !items.isEmpty() && items.size() <= 100, "items", "holds 1 to 100 lines.");
            notes = Check.optionalText("notes", notes, 2000);
        }
    }

    public record QuotationEdit(List<LineInput> items, String notes) {
        public QuotationEdit {
            Check.that(items != null && !items.isEmpty() && items.size() <= 100, "items", "holds 1 to 100 lines.");
            notes = Check.optionalText("notes", notes, 2000);
        }
    }

    public record QuotationSent(QuotationView quotation, String messageId) {}
}
