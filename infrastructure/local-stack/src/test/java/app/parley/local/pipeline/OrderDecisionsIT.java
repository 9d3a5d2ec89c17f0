package app.parley.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.catalog.model.Service;
import app.parley.config.Env;
import app.parley.local.Eventually;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.messaging.model.Envelopes;
import app.parley.orders.infrastructure.SqsOrderRequestQueue;
import app.parley.orders.model.OrderDecided;
import app.parley.orders.model.OrderRequested;
import app.parley.orders.model.OrderStatus;
import app.parley.orders.model.RequestedLine;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's decision on an order reaches the customer once, through the real path: the assistant's order request on
 * the order-requests queue, a PENDING order, approve/reject in the admin API, the order-decisions queue, outbound.fifo,
 * the sender, the fake Graph API.
 */
class OrderDecisionsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    private static PipelineStack p;

    @BeforeAll
    static void start() { p = PipelineStack.start(); }

    @AfterAll
    static void stop() { if (p != null) p.close(); }

    @Test
    void an_order_approved_by_a_manager_sends_exactly_one_message_with_catalog_prices_and_total() throws Exception {
        TenantId bloom = p.tenant("bloom-and-stem");
        String owner = p.login("owner@platform.example", "Platform-Owner-2026!");
        JsonNode platformBefore = JSON.readTree(p.get("/api/platform/reports", owner).body());
        List<Service> catalog = cheapestTwo(bloom);
        String customer = newCustomer();
        String orderId = pendingOrder(bloom, customer, catalog, 2);
        String manager = p.login("manager@bloom.example", "Bloom-Manager-2026!");

        var approved = p.call("POST", "/api/orders/" + orderId + "/approve", manager, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(p.call("POST", "/api/orders/" + orderId + "/approve", manager, null).statusCode()).as("a retry").isEqualTo(200);
        JsonNode order = JSON.readTree(approved.body());
        republish(bloom, orderId, order.path("decidedBy").asText(), Instant.parse(order.path("decidedAt").asText()));

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        Thread.sleep(3000);
        assertThat(p.sentTo(customer)).as("one message, however often the decision was published").hasSize(1);
        String text = PipelineStack.replyText(p.sentTo(customer).getFirst());
        Service first = catalog.get(0), second = catalog.get(1);
        assertThat(text).contains("approved").contains(orderId)
                .contains("2 x " + first.name() + " - USD " + first.price().toDecimalString())
                .contains("2 x " + second.name() + " - USD " + second.price().toDecimalString())
                .contains("Total: USD " + first.price().plus(second.price()).times(2).toDecimalString());
        assertThat(p.call("POST", "/api/orders/" + orderId + "/reject", manager, null).statusCode()).isEqualTo(409);
        JsonNode platform = JSON.readTree(p.get("/api/platform/reports", owner).body());
        assertThat(platform.path("ordersRequested").asLong() - platformBefore.path("ordersRequested").asLong()).isEqualTo(1);
        assertThat(platform.path("ordersApproved").asLong() - platformBefore.path("ordersApproved").asLong()).as("counted once").isEqualTo(1);
    }

    @Test
    void a_rejected_order_sends_one_polite_message_without_prices() throws Exception {
        TenantId bloom = p.tenant("bloom-and-stem");
        String customer = newCustomer();
        String orderId = pendingOrder(bloom, customer, cheapestTwo(bloom), 1);
        String admin = p.login("admin@bloom.example", "Bloom-Admin-2026!");

        var rejected = p.call("POST", "/api/orders/" + orderId + "/reject", admin, "{\"reason\":\"Out of orchids this week\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        Thread.sleep(2000);
        assertThat(p.sentTo(customer)).hasSize(1);
        String text = PipelineStack.replyText(p.sentTo(customer).getFirst());
        assertThat(text).contains("sorry").contains(orderId).doesNotContain("USD").doesNotContain("orchids").doesNotContain("approved");
    }

    @Test
    void an_agent_cannot_approve_and_the_order_stays_pending_with_nothing_sent() throws Exception {
        TenantId sunrise = p.tenant("sunrise-dental");
        String customer = newCustomer();
        String orderId = pendingOrder(sunrise, customer, cheapestTwo(sunrise), 1);
        String agent = p.login("desk@sunrise.example", "Sunrise-Desk-2026!");

        assertThat(p.call("POST", "/api/orders/" + orderId + "/approve", agent, null).statusCode()).isEqualTo(403);
        assertThat(p.call("POST", "/api/orders/" + orderId + "/reject", agent, null).statusCode()).isEqualTo(403);
        Thread.sleep(2000);
        assertThat(JSON.readTree(p.get("/api/orders/" + orderId, agent).body()).path("status").asText()).isEqualTo("PENDING");
        assertThat(p.sentTo(customer)).isEmpty();
    }

    private static List<Service> cheapestTwo(TenantId tenant) {
        return new DynamoServices(p.tables.tenant()).list(tenant).stream()
                .sorted(Comparator.comparing(s -> s.price().amount())).limit(2).toList();
    }

    /** The envelope ai-reply puts on the order-requests queue; order-approval stores it PENDING. */
    private static String pendingOrder(TenantId tenant, String customer, List<Service> lines, int quantity) {
        var request = new OrderRequested("orq-wamid.O" + UUID.randomUUID(), tenant, null, null, customer, "Dana", null, null,
                List.of(), lines.stream().map(s -> new RequestedLine(s.id().value(), s.name(), s.price(), quantity)).toList(), Instant.now());
        assertThat(new SqsOrderRequestQueue(SqsClients.shared(), Env.require("ORDER_REQUESTS_QUEUE_URL")).publish(request)).isTrue();
        var orders = new app.parley.orders.infrastructure.DynamoOrders(p.tables);
        Eventually.within(WAIT, () -> orders.list(tenant, OrderStatus.PENDING, 100).stream()
                .anyMatch(o -> o.customer().phone().equals(customer)));
        return orders.list(tenant, OrderStatus.PENDING, 100).stream().filter(o -> o.customer().phone().equals(customer))
                .findFirst().orElseThrow().id().value();
    }

    /** The same decision delivered again, as SQS may. */
    private static void republish(TenantId tenant, String orderId, String by, Instant at) {
        var order = new app.parley.orders.infrastructure.DynamoOrders(p.tables)
                .find(tenant, new app.parley.orders.model.OrderId(orderId)).orElseThrow();
        SqsClients.shared().sendMessage(b -> b.queueUrl(Env.require("ORDER_DECISIONS_QUEUE_URL"))
                .messageBody(Envelopes.toJson(new OrderDecided(tenant, orderId, order.version(), OrderStatus.APPROVED, by, at))));
    }

    private static String newCustomer() { return "1555031" + String.format("%04d", CUSTOMERS.incrementAndGet()); }
}
