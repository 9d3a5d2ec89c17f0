package app.parley.api;

import app.parley.auth.access.AccessRole;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.catalog.model.ServiceKind;
import app.parley.common.model.Money;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.model.Conversation;
import app.parley.crm.model.CustomerId;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.CustomerDetails;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderLine;
import app.parley.persistence.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Not part of the default run (no *IT/*Test suffix). Loads 1,000 services, orders and conversations into
 * one tenant on DynamoDB Local and measures list and detail calls through the handler:
 * {@code mvn -B -ntp -pl functions/api -am verify -Dtest=NoSuch -Dit.test=ApiLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}
 */
class ApiLatencyBenchmark {
    private static final int ITEMS = 1000;
    private static final int WARMUP = 100;
    private static final int RUNS = 300;

    @Test
    void list_and_detail_latency_with_a_thousand_items_per_tenant() {
        try (ApiFixture api = new ApiFixture()) {
            Workload w = Workload.create(api.tables(), "bench", null);
            var t = w.tenant().id();
            List<String> services = new ArrayList<>(), orders = new ArrayList<>(), conversations = new ArrayList<>();
            var serviceRepo = new DynamoServices(api.tables().tenant());
            var orderRepo = new DynamoOrders(api.tables());
            var conversationRepo = new DynamoConversations(api.tables().tenant());
            Instant now = Instant.now();
            for (int i = 0; i < ITEMS; i++) {
                Service s = new Service(t, ServiceId.newId(), ServiceKind.SERVICE, "Service " + i, Money.of(i + ".00", "USD"), "d", List.of(), List.of());
                serviceRepo.save(s);
                services.add(s.id().value());
                Order o = Order.request(t, List.of(new OrderLine(s.id(), s.name(), s.price(), 1)), new CustomerDetails("+1555000" + i, null, null, null),
                        "assistant", now.minusSeconds(i));
                orderRepo.place(o);
                orders.add(o.id().value());
                Conversation c = Conversation.open(t, CustomerId.newId(), "+1555100" + i, now.minusSeconds(i));
                conversationRepo.start(c);
                conversations.add(c.id().value());
            }
            String token = api.token(t, w.user().id().value(), AccessRole.MANAGER);
            measure(api, token, "GET /api/services?limit=50", i -> "/api/services?limit=50");
            measure(api, token, "GET /api/services/{id}", i -> "/api/services/" + services.get(i % ITEMS));
            measure(api, token, "GET /api/orders?status=PENDING&limit=50", i -> "/api/orders?status=PENDING&limit=50");
            measure(api, token, "GET /api/orders/{id}", i -> "/api/orders/" + orders.get(i % ITEMS));
            measure(api, token, "GET /api/conversations?limit=50", i -> "/api/conversations?limit=50");
            measure(api, token, "GET /api/conversations/{id}", i -> "/api/conversations/" + conversations.get(i % ITEMS));
        }
    }

    private static void measure(ApiFixture api, String token, String label, IntFunction<String> path) {
        for (int i = 0; i < WARMUP; i++) api.call("GET", path.apply(i), token, null);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            var answer = api.call("GET", path.apply(i), token, null);
            millis.add((System.nanoTime() - start) / 1e6);
            if (answer.status() != 200) throw new AssertionError(label + " answered " + answer.status() + " " + answer.body());
        }
        Collections.sort(millis);
        System.out.printf("BENCH %-42s median %6.2f ms  p95 %6.2f ms  (n=%d)%n", label, millis.get(RUNS / 2), millis.get(RUNS * 95 / 100), RUNS);
    }
}
