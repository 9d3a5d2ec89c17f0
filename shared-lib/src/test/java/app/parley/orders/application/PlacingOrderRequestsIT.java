package app.parley.orders.application;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.common.model.Money;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.model.ConversationStatus;
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.orders.infrastructure.DynamoOrderLinks;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.OrderRequested;
import app.parley.orders.model.OrderStatus;
import app.parley.orders.model.RequestedLine;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Order requests from the assistant on DynamoDB Local: once per request, catalog lines only, always PENDING. */
class PlacingOrderRequestsIT {
    private static LocalTables local;
    private static Tables tables;
    private static PlacingOrderRequests placing;

    @BeforeAll
    static void start() {
        local = LocalTables.start();
        tables = local.tables();
        placing = new PlacingOrderRequests(new PlacingOrderRequests.Ports(new DynamoServices(tables.tenant()),
                new DynamoOrders(tables), new DynamoOrderLinks(tables.tenant()),
                new DynamoNotifications(tables.tenant()), new DynamoConversations(tables.tenant())));
    }

    @AfterAll
    static void stop() { local.close(); }

    @Test
    void the_same_request_twice_is_one_pending_order_with_the_catalog_line_and_one_notification() {
        Workload w = Workload.create(tables, "orq-once", "400000000000001");
        OrderRequested request = request(w, "wamid.ONCE", new RequestedLine(w.service().id().value(), w.service().name(), w.service().price(), 2));

        var first = (PlacementOutcome.Placed) placing.place(request);
        var second = (PlacementOutcome.Placed) placing.place(request);

        assertThat(first.firstTime()).isTrue();
        assertThat(second.firstTime()).isFalse();
        assertThat(second.order()).isEqualTo(first.order());
        var order = new DynamoOrders(tables).find(w.tenant().id(), first.order()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.lines()).singleElement().satisfies(l -> {
            assertThat(l.unitPrice()).isEqualTo(w.service().price());
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThat(order.customer().phone()).isEqualTo(w.customer().phone());
        assertThat(new DynamoNotifications(tables.tenant()).latest(w.tenant().id(), 10))
                .extracting(StaffNotification::kind).containsExactly(StaffNotification.Kind.ORDER_REQUESTED);
    }

    @Test
    void a_line_at_another_price_or_for_an_unknown_service_is_refused_and_the_conversation_goes_to_a_person() {
        Workload w = Workload.create(tables, "orq-refuse", "400000000000002");
        OrderRequested request = request(w, "wamid.REFUSE",
                new RequestedLine(w.service().id().value(), w.service().name(), Money.of("1.00", "USD"), 1),
                new RequestedLine("svc_01JZZZZZZZZZZZZZZZZZZZZZZZ", "Deluxe tulips", Money.of("500.00", "USD"), 1));

        var outcome = placing.place(request);

        assertThat(outcome).isInstanceOfSatisfying(PlacementOutcome.Refused.class, r -> assertThat(r.refused()).hasSize(2));
        assertThat(new DynamoOrders(tables).list(w.tenant().id(), OrderStatus.PENDING, 10))
                .noneMatch(o -> o.createdAt().equals(request.requestedAt()));
        assertThat(new DynamoConversations(tables.tenant()).find(w.tenant().id(), w.conversation().id()).orElseThrow().status())
                .isEqualTo(ConversationStatus.ESCALATED);
        assertThat(new DynamoNotifications(tables.tenant()).latest(w.tenant().id(), 10))
                .extracting(StaffNotification::kind).containsExactly(StaffNotification.Kind.ORDER_REQUEST_NEEDS_REVIEW);
    }

    private static OrderRequested request(Workload w, String wamid, RequestedLine... lines) {
        return new OrderRequested(OrderRequested.requestIdFor(wamid), w.tenant().id(), w.conversation().id().value(),
                w.customer().id().value(), w.customer().phone(), "Ann", "Friday", null, List.of(), List.of(lines),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
