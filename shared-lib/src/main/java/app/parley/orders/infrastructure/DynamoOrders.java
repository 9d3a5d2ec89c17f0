package app.parley.orders.infrastructure;

import app.parley.common.model.Page;
import app.parley.common.model.SaveOutcome;
import app.parley.orders.application.Orders;
import app.parley.orders.model.*;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformTable;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.reports.infrastructure.DynamoPlatformDailyFigures;
import app.parley.reports.model.PlatformFigure;
import app.parley.reports.model.Figure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code T#t#ORDER#o / META}, listed per status in GSI1 ({@code T#t#ORDERS#PENDING}), newest first. */
public final class DynamoOrders implements Orders {
    private static final String PENDING = "#status = :pending";
    private final TenantTable table;
    private final PlatformTable platform;

    public DynamoOrders(Tables tables) {
        this.table = tables.tenant();
        this.platform = tables.platform();
    }

    @Override
    public boolean place(Order order) {
        if (order.status() != OrderStatus.PENDING) throw new IllegalArgumentException("new orders are PENDING");
        return table.transact(order.tenant(), List.of(table.putInTransaction(OrderItems.item(order), TenantTable.NEW_ITEM),
                DynamoDailyFigures.addInTransaction(table, order.tenant(), day(order.createdAt()), Map.of(Figure.ORDERS_REQUESTED, 1L)),
                DynamoPlatformDailyFigures.addInTransaction(platform, day(order.createdAt()), Map.of(PlatformFigure.ORDERS_REQUESTED, 1L))))
                .committed();
    }

    @Override
    public Optional<Order> find(TenantId tenant, OrderId id) {
        return table.get(tenant, Keys.order(tenant, id.value()), Keys.META).map(i -> OrderItems.order(tenant, i));
    }

    @Override
    public List<Order> list(TenantId tenant, OrderStatus status, int limit) {
        return table.list(tenant, Keys.orderList(tenant, status.name()), limit, true).stream()
                .map(i -> OrderItems.order(tenant, i)).toList();
    }

    @Override
    public Page<Order> page(TenantId tenant, OrderStatus status, int limit, String cursor) {
        return table.listPage(tenant, Keys.orderList(tenant, status.name()), limit, true, cursor, null, null)
                .toPage(i -> OrderItems.order(tenant, i));
    }

    @Override
    public OrderDecision decide(TenantId tenant, OrderId id, DecideOrder d) {
        Expression update = new Expression(
                "SET #status = :outcome, decidedBy = :by, decidedAt = :at, GSI1PK = :list, version = version + :one",
                "attribute_exists(PK) AND " + PENDING, Map.of("#status", "status"),
                Map.of(":outcome", Attrs.s(d.outcome().name()), ":by", Attrs.s(d.decidedBy()), ":at", Attrs.s(d.at().toString()),
                        ":list", Attrs.s(Keys.orderList(tenant, d.outcome().name())), ":one", Attrs.n(1),
                        ":pending", Attrs.s(OrderStatus.PENDING.name())));
        // the decision and its report figure together: each decision is counted exactly once
        boolean decided = table.transact(tenant, List.of(table.updateInTransaction(Keys.order(tenant, id.value()), Keys.META, update),
                DynamoDailyFigures.addInTransaction(table, tenant, day(d.at()), Map.of(decisionFigure(d.outcome()), 1L)),
                DynamoPlatformDailyFigures.addInTransaction(platform, day(d.at()), Map.of(platformDecisionFigure(d.outcome()), 1L))))
                .committed();
        Optional<Order> now = find(tenant, id);
        if (decided) return new OrderDecision.Decided(now.orElseThrow());
        return now.<OrderDecision>map(o -> new OrderDecision.NotPending(o.status())).orElseGet(() -> new OrderDecision.NotFound(id));
    }

    private static Figure decisionFigure(OrderStatus outcome) {
        return outcome == OrderStatus.APPROVED ? Figure.ORDERS_APPROVED : Figure.ORDERS_REJECTED;
    }

    private static PlatformFigure platformDecisionFigure(OrderStatus outcome) {
        return outcome == OrderStatus.APPROVED ? PlatformFigure.ORDERS_APPROVED : PlatformFigure.ORDERS_REJECTED;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    @Override
    public SaveOutcome<Order> revise(Order order) {
        if (order.status() != OrderStatus.PENDING) return new SaveOutcome.Stale<>();
        Order next = new Order(order.tenant(), order.id(), order.status(), order.lines(), order.customer(), order.createdBy(),
                order.createdAt(), null, null, order.version() + 1);
        boolean saved = table.putIf(OrderItems.item(next), "version = :expected AND " + PENDING, Map.of("#status", "status"),
                Map.of(":expected", Attrs.n(order.version()), ":pending", Attrs.s(OrderStatus.PENDING.name())));
        return saved ? new SaveOutcome.Saved<>(next) : new SaveOutcome.Stale<>();
    }
}
