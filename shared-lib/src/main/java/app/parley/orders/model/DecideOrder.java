package app.parley.orders.model;

import java.time.Instant;
import java.util.Objects;

/** Command: approve, reject or cancel a pending order. */
public record DecideOrder(OrderStatus outcome, String decidedBy, Instant at) {
    public DecideOrder {
        if (outcome == null || !outcome.isDecision()) throw new IllegalArgumentException("a decision is APPROVED, REJECTED or CANCELLED");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(at, "at");
    }
}
