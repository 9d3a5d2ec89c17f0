package app.parley.orders.model;

public sealed interface OrderDecision {
    record Decided(Order order) implements OrderDecision {}
    record NotPending(OrderStatus current) implements OrderDecision {}
    record NotFound(OrderId id) implements OrderDecision {}
}
