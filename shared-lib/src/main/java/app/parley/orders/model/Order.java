package app.parley.orders.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order request. {@code createdBy} is who drafted it (a user id or {@code "assistant"});
 * {@code decidedBy}/{@code decidedAt} are null while it is PENDING.
 */
public record Order(TenantId tenant, OrderId id, OrderStatus status, List<OrderLine> lines, CustomerDetails customer,
                    String createdBy, Instant createdAt, String decidedBy, Instant decidedAt, long version) {
    public Order {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("an order has lines");
        if (lines.stream().map(l -> l.unitPrice().currency()).distinct().count() > 1) throw new IllegalArgumentException("one currency per order");
    }

    /** Every new order is PENDING until a person decides. */
    public static Order request(TenantId tenant, List<OrderLine> lines, CustomerDetails customer, String createdBy, Instant at) {
        return new Order(tenant, OrderId.newId(), OrderStatus.PENDING, lines, customer, createdBy, at, null, null, 1);
    }

    public Money total() { return lines.stream().map(OrderLine::total).reduce(Money::plus).orElseThrow(); }

    public Order withLines(List<OrderLine> next) {
        return new Order(tenant, id, status, next, customer, createdBy, createdAt, decidedBy, decidedAt, version);
    }
}
