package app.parley.api.orders;

import static app.parley.auth.access.Permission.ORDERS_APPROVE;
import static app.parley.auth.access.Permission.ORDERS_READ;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.orders.OrderBodies.*;
import app.parley.catalog.application.Services;
import app.parley.common.model.Page;
import app.parley.common.model.SaveOutcome;
import app.parley.orders.application.OrderDecisionQueue;
import app.parley.orders.application.Orders;
import app.parley.orders.model.*;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Order requests: list (?status=), detail, approve (optionally with edited lines, priced from the
 * catalog) and reject. Deciding is conditional on PENDING, so two people cannot both decide. Each decision
 * is published on the order-decisions queue, which tells the customer once; repeating the same decision
 * (a client retry) publishes it again and answers the order, and the customer still gets one message.
 */
public final class OrderEndpoints {
    private final Orders orders;
    private final Services services;
    private final OrderDecisionQueue decisions;
    private final Auditor audit;
    private final Clock clock;

    public OrderEndpoints(Orders orders, Services services, OrderDecisionQueue decisions, Auditor audit, Clock clock) {
        this.orders = orders;
        this.services = services;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/orders").tag("orders").requires(ORDERS_READ)
                        .summary("Orders, newest first; ?status=PENDING|APPROVED|REJECTED|CANCELLED (without it: PENDING first, then the others)")
                        .query("status").paged().returnsList(OrderView.class).handle(this::list),
                Operation.get("/api/orders/{orderId}").tag("orders").requires(ORDERS_READ).summary("One order")
                        .returns(OrderView.class).handle(c -> Reply.ok(OrderView.of(existing(c)))),
                Operation.post("/api/orders/{orderId}/approve").tag("orders").requires(ORDERS_APPROVE)
                        .summary("Approve a pending order, optionally with edited lines (prices from the catalog)")
                        .acceptsOptionally(Approval.class, "{\"items\":null}").returns(OrderView.class).handle(this::approve),
                Operation.post("/api/orders/{orderId}/reject").tag("orders").requires(ORDERS_APPROVE).summary("Reject a pending order")
                        .acceptsOptionally(Rejection.class, "{\"reason\":\"Fully booked\"}").returns(OrderView.class).handle(this::reject));
    }

    private Reply list(Call call) {
        String status = call.query("status").orElse(null);
        if (status != null) {
            OrderStatus s = status(status);
            return Reply.ok(Listing.of(call.page((limit, cursor) -> orders.page(call.tenant(), s, limit, cursor)), OrderView::of));
        }
        return Reply.ok(Listing.of(call.page((limit, cursor) -> acrossStatuses(call, limit, cursor)), OrderView::of));
    }

    /** All orders: one status after the other, filling the page; the cursor remembers the status it is in. */
    private Page<Order> acrossStatuses(Call call, int limit, String cursor) {
        OrderStatus[] all = OrderStatus.values();
        int at = 0;
        String inner = null;
        if (cursor != null) {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            at = OrderStatus.valueOf(parts[0]).ordinal();
            inner = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
        }
        List<Order> items = new java.util.ArrayList<>();
        while (true) {
            Page<Order> page = orders.page(call.tenant(), all[at], limit - items.size(), inner);
            items.addAll(page.items());
            if (page.nextCursor().isPresent()) return new Page<>(items, java.util.Optional.of(encode(all[at], page.nextCursor().get())));
            if (++at == all.length) return new Page<>(items, java.util.Optional.empty());
            inner = null;
            if (items.size() == limit) return new Page<>(items, java.util.Optional.of(encode(all[at], "")));
        }
    }

    private static String encode(OrderStatus status, String inner) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((status.name() + "|" + inner).getBytes(StandardCharsets.UTF_8));
    }

    private Reply approve(Call call) {
        Order before = existing(call);
        Approval approval = call.body(Approval.class);
        if (before.status() == OrderStatus.APPROVED) return republished(call, before);
        Order pending = approval == null || approval.items() == null ? before : revise(call, before, approval.items());
        return decide(call, before, pending, OrderStatus.APPROVED, "ORDER_APPROVED");
    }

    private Reply reject(Call call) {
        Order before = existing(call);
        call.body(Rejection.class);
        if (before.status() == OrderStatus.REJECTED) return republished(call, before);
        return decide(call, before, before, OrderStatus.REJECTED, "ORDER_REJECTED");
    }

    private Reply decide(Call call, Order before, Order pending, OrderStatus outcome, String action) {
        return switch (orders.decide(call.tenant(), pending.id(), new DecideOrder(outcome, call.actor(), clock.instant()))) {
            case OrderDecision.Decided d -> {
                audit.record(call, action, OrderView.of(before), OrderView.of(d.order()));
                publish(call, d.order());
                yield Reply.ok(OrderView.of(d.order()));
            }
            case OrderDecision.NotPending n -> throw ApiProblem.conflict("not_pending", "The order is " + n.current() + " already.");
            case OrderDecision.NotFound n -> throw ApiProblem.notFound();
        };
    }

    /** The same decision again (a retry): published again, the consumer keys on order id and version. */
    private Reply republished(Call call, Order decided) {
        publish(call, decided);
        return Reply.ok(OrderView.of(decided));
    }

    private void publish(Call call, Order decided) {
        var event = OrderDecided.of(decided);
        if (!decisions.publish(event)) {
            throw new ApiProblem(503, "decision_not_queued",
                    "The decision is saved, but the customer could not be told yet; repeat the same decision to retry.");
        }
        audit.record(call, "ORDER_DECISION_PUBLISHED", null, event);
    }

    private Order revise(Call call, Order order, List<LineInput> items) {
        if (order.status() != OrderStatus.PENDING) throw ApiProblem.conflict("not_pending", "The order is " + order.status() + " already.");
        List<OrderLine> lines = CatalogLines.of(services, call.tenant(), items);
        return switch (orders.revise(order.withLines(lines))) {
            case SaveOutcome.Saved<Order> saved -> saved.value();
            case SaveOutcome.Stale<Order> stale -> throw ApiProblem.conflict("concurrent_change", "The order changed meanwhile; reload it.");
        };
    }

    private Order existing(Call call) {
        return orders.find(call.tenant(), call.id("orderId", OrderId::new)).orElseThrow(ApiProblem::notFound);
    }

    private static OrderStatus status(String value) {
        try {
            return OrderStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("status", "is one of PENDING, APPROVED, REJECTED, CANCELLED.");
        }
    }
}
