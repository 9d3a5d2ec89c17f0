package app.parley.orders.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A person decided an order (the envelope on the order-decisions queue). {@code version} is the order's
 * version after the decision: with the order id it names this decision, so a redelivered or republished
 * event yields one customer message.
 */
public record OrderDecided(TenantId tenantId, String orderId, long version, OrderStatus outcome, String decidedBy,
                           Instant decidedAt) {
    public OrderDecided {
        Objects.requireNonNull(tenantId, "tenantId");
        new OrderId(orderId);
        if (outcome == null || !outcome.isDecision()) throw new IllegalArgumentException("a decision is APPROVED, REJECTED or CANCELLED");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    public static OrderDecided of(Order decided) {
        return new OrderDecided(decided.tenant(), decided.id().value(), decided.version(), decided.status(), decided.decidedBy(),
                decided.decidedAt());
    }

    /** The one name of this decision, for exactly-once effects. */
    public String decisionKey() {
        return "decision#" + orderId + "#v" + version;
    }
}
