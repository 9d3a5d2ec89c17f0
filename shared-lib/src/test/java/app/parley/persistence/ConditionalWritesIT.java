package app.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.application.AddingUsers;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.AddUser;
import app.parley.auth.model.Role;
import app.parley.auth.model.UserCreation;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.model.Conversation;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.DecideOrder;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderDecision;
import app.parley.orders.model.OrderStatus;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.*;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConditionalWritesIT {
    private static LocalTables local;
    private static Tables tables;
    private static Workload w;

    @BeforeAll static void start() {
        local = LocalTables.start();
        tables = local.tables();
        w = Workload.create(tables, "races", "300000000000001");
    }

    @AfterAll static void stop() { local.close(); }

    @Test
    void two_writers_racing_on_one_conversation_leave_exactly_one_winner() throws Exception {
        var conversations = new DynamoConversations(tables.tenant());
        Conversation read = conversations.find(w.tenant().id(), w.conversation().id()).orElseThrow();
        List<SaveOutcome<Conversation>> outcomes = race(
                () -> conversations.update(read.takenOverBy(w.user().id())),
                () -> conversations.update(read.escalated()));
        assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Saved).hasSize(1);
        assertThat(conversations.find(w.tenant().id(), read.id()).orElseThrow().version()).isEqualTo(read.version() + 1);
    }

    @Test
    void two_people_deciding_one_order_leave_exactly_one_decision() throws Exception {
        var orders = new DynamoOrders(tables);
        Order order = Order.request(w.tenant().id(), w.order().lines(), w.order().customer(), "assistant", Instant.now());
        orders.place(order);
        List<OrderDecision> outcomes = race(
                () -> orders.decide(order.tenant(), order.id(), new DecideOrder(OrderStatus.APPROVED, "usr-a", Instant.now())),
                () -> orders.decide(order.tenant(), order.id(), new DecideOrder(OrderStatus.REJECTED, "usr-b", Instant.now())));
        assertThat(outcomes).filteredOn(o -> o instanceof OrderDecision.Decided).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof OrderDecision.NotPending).hasSize(1);
        Order stored = orders.find(order.tenant(), order.id()).orElseThrow();
        assertThat(orders.list(order.tenant(), stored.status(), 50)).extracting(Order::id).contains(order.id());
        assertThat(orders.list(order.tenant(), OrderStatus.PENDING, 50)).extracting(Order::id).doesNotContain(order.id());
    }

    @Test
    void two_revisions_from_one_stale_version_leave_exactly_one_winner() throws Exception {
        var orders = new DynamoOrders(tables);
        Order order = Order.request(w.tenant().id(), w.order().lines(), w.order().customer(), "assistant", Instant.now());
        orders.place(order);
        List<SaveOutcome<Order>> outcomes = race(() -> orders.revise(order), () -> orders.revise(order));
        assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Saved).hasSize(1);
    }

    @Test
    void a_decided_order_is_never_revised() {
        var orders = new DynamoOrders(tables);
        Order order = Order.request(w.tenant().id(), w.order().lines(), w.order().customer(), "assistant", Instant.now());
        orders.place(order);
        orders.decide(order.tenant(), order.id(), new DecideOrder(OrderStatus.CANCELLED, "usr-a", Instant.now()));
        assertThat(orders.revise(order)).isInstanceOf(SaveOutcome.Stale.class);
        assertThat(orders.find(order.tenant(), order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void two_registrations_of_one_slug_leave_exactly_one_tenant() throws Exception {
        var registering = new RegisteringTenants(new DynamoTenants(tables), Clock.systemUTC());
        List<TenantRegistration> outcomes = race(
                () -> registering.register(command("same-slug", "400000000000001")),
                () -> registering.register(command("same-slug", "400000000000002")));
        assertThat(outcomes).filteredOn(o -> o instanceof TenantRegistration.Registered).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof TenantRegistration.SlugTaken).hasSize(1);
        TenantRegistration.Registered winner = (TenantRegistration.Registered) outcomes.stream()
                .filter(o -> o instanceof TenantRegistration.Registered).findFirst().orElseThrow();
        String loserNumber = ((WhatsAppConnection.Cloud) winner.tenant().whatsapp()).phoneNumberId().endsWith("1") ? "400000000000002" : "400000000000001";
        assertThat(new app.parley.tenancy.infrastructure.DynamoPhoneNumberRoutes(tables.platform()).tenantFor(loserNumber)).isEmpty();
    }

    @Test
    void a_phone_number_routed_to_one_tenant_cannot_be_claimed_by_another() {
        var registering = new RegisteringTenants(new DynamoTenants(tables), Clock.systemUTC());
        assertThat(registering.register(command("other-slug", "300000000000001")))
                .isEqualTo(new TenantRegistration.PhoneNumberTaken("300000000000001"));
        assertThat(new DynamoTenants(tables).idForSlug("other-slug")).isEmpty();
    }

    @Test
    void two_users_with_one_email_across_tenants_leave_exactly_one_login() throws Exception {
        Tenant other = Workload.registerTenant(tables, "email-race", null);
        var adding = new AddingUsers(new DynamoUsers(tables));
        List<UserCreation> outcomes = race(
                () -> adding.add(new AddUser(w.tenant().id(), "Same@Example.com", "A", Role.AGENT, "$argon2id$a")),
                () -> adding.add(new AddUser(other.id(), "same@example.com ", "B", Role.AGENT, "$argon2id$b")));
        assertThat(outcomes).filteredOn(o -> o instanceof UserCreation.Created).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof UserCreation.EmailTaken).hasSize(1);
        assertThat(new DynamoUsers(tables).list(other.id()).size() + new DynamoUsers(tables).list(w.tenant().id()).size()).isEqualTo(2);
    }

    private static RegisterTenant command(String slug, String phoneNumberId) {
        return new RegisterTenant(slug, "Race " + slug, java.util.Currency.getInstance("INR"), java.time.ZoneId.of("Asia/Kolkata"),
                java.util.Locale.forLanguageTag("en-IN"), new TenantProfile(null, null, null), WorkingHours.always(),
                new WhatsAppConnection.Cloud(phoneNumberId, "1555"), AiSettings.defaults());
    }

    /** Starts both calls together and returns both results. */
    @SafeVarargs
    private static <T> List<T> race(Callable<T>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = java.util.Arrays.stream(calls).map(c -> pool.submit(() -> { go.await(); return c.call(); })).toList();
            go.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
