package app.parley.api.orders;

import app.parley.api.http.Check;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderLine;
import java.time.Instant;
import java.util.List;

/** Bodies of the order endpoints, in the contract's shape. */
public final class OrderBodies {
    private OrderBodies() {}

    public record CustomerView(String phone, String name, String address, String notes) {}

    public record LineView(String serviceId, String name, String unitPrice, int quantity) {
        static LineView of(OrderLine l) { return new LineView(l.serviceId().value(), l.name(), l.unitPrice().toDecimalString(), l.quantity()); }
    }

    public record OrderView(String id, String status, CustomerView customer, List<LineView> items, String currency, String total,
                            String createdBy, Instant createdAt, String decidedBy, Instant decidedAt) {
        public static OrderView of(Order o) {
            return new OrderView(o.id().value(), o.status().name(),
                    new CustomerView(o.customer().phone(), o.customer().name(), o.customer().address(), o.customer().notes()),
                    o.lines().stream().map(LineView::of).toList(), o.total().currency().getCurrencyCode(),
                    o.total().toDecimalString(), o.createdBy(), o.createdAt(), o.decidedBy(), o.decidedAt());
        }
    }

    /** A line as staff edit it: which service and how many. The price always comes from the catalog. */
    public record LineInput(String serviceId, Integer quantity) {
        public LineInput {
            Check.text("items.serviceId", serviceId, 40);
            Check.that(quantity != null && quantity >= 1 && quantity <= 1000, "items.quantity", "is a whole number from 1 to 1000.");
        }
    }

    /** Approve as is, or with edited lines (edit-then-approve). */
    public record Approval(List<LineInput> items) {
        public Approval {
            Check.that(items == null || (!items.isEmpty() && items.size() <= 100), "items", "holds 1 to 100 lines when given.");
        }
    }

    public record Rejection(String reason) {
        public Rejection { reason = Check.optionalText("reason", reason, 1000); }
    }
}
