package app.parley.orders.application;

import app.parley.common.model.Page;
import app.parley.common.model.SaveOutcome;
import app.parley.orders.model.DecideOrder;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderDecision;
import app.parley.orders.model.OrderId;
import app.parley.orders.model.OrderStatus;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface Orders {
    /** Stores a new PENDING order; false when the id exists. */
    boolean place(Order order);

    Optional<Order> find(TenantId tenant, OrderId id);

    /** Newest first. */
    List<Order> list(TenantId tenant, OrderStatus status, int limit);

    /** Newest first, one page. */
    Page<Order> page(TenantId tenant, OrderStatus status, int limit, String cursor);

    /** The only way out of PENDING: a conditional update, so two deciders cannot both win. */
    OrderDecision decide(TenantId tenant, OrderId id, DecideOrder decision);

    /** Replaces lines/customer of a still-PENDING order at {@code order.version()}. */
    SaveOutcome<Order> revise(Order order);
}
