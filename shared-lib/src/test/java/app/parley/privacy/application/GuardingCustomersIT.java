package app.parley.privacy.application;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.application.SkipReason;
import app.parley.conversation.infrastructure.DynamoConversationFlags;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.model.Conversation;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.crm.model.Consent;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerCreation;
import app.parley.crm.model.CustomerId;
import app.parley.messaging.model.Channel;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import app.parley.privacy.infrastructure.DynamoContactSwitches;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consent keywords and flood detection on DynamoDB Local, through the port the reply gate uses. */
class GuardingCustomersIT {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static LocalTables local;
    private static Tables tables;

    @BeforeAll static void start() { local = LocalTables.start(); tables = local.tables(); }
    @AfterAll static void stop() { local.close(); }

    @Test
    void stop_opts_the_customer_out_with_time_and_source_and_start_opts_back_in() {
        Workload w = Workload.create(tables, "consent", "800000000000001");
        GuardingCustomers guard = guard(GuardingCustomers.Limits.DEFAULT);
        Conversation c = w.conversation();

        guard.noted(text(c, "Stop."), c);

        assertThat(guard.closedFor(c)).contains(SkipReason.CUSTOMER_OPTED_OUT);
        assertThat(new DynamoCustomers(tables.tenant()).find(c.tenant(), c.customer()).orElseThrow().consent()).isEqualTo(Consent.WITHDRAWN);
        var history = new DynamoContactSwitches(tables.tenant()).history(c.tenant(), c.customer());
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.consent()).isEqualTo(Consent.WITHDRAWN);
            assertThat(change.at()).isEqualTo(NOW);
            assertThat(change.source()).isEqualTo("whatsapp-keyword");
            assertThat(change.keyword()).isEqualTo("STOP");
        });

        guard.noted(text(c, "START"), c);

        assertThat(guard.closedFor(c)).isEmpty();
        assertThat(new DynamoCustomers(tables.tenant()).find(c.tenant(), c.customer()).orElseThrow().consent()).isEqualTo(Consent.GRANTED);
        assertThat(new DynamoContactSwitches(tables.tenant()).history(c.tenant(), c.customer())).hasSize(2);
    }

    @Test
    void a_sentence_that_merely_contains_stop_is_not_an_opt_out() {
        Workload w = Workload.create(tables, "not-consent", "800000000000002");
        GuardingCustomers guard = guard(GuardingCustomers.Limits.DEFAULT);
        guard.noted(text(w.conversation(), "please stop by tomorrow at 10"), w.conversation());
        assertThat(guard.closedFor(w.conversation())).isEmpty();
        assertThat(new DynamoContactSwitches(tables.tenant()).history(w.tenant().id(), w.customer().id())).isEmpty();
    }

    @Test
    void a_flooding_customer_is_paused_and_flagged_while_other_customers_still_get_replies() {
        Workload w = Workload.create(tables, "flood", "800000000000003");
        GuardingCustomers guard = guard(new GuardingCustomers.Limits(3, 1_000, Duration.ofMinutes(15), Duration.ofMinutes(10)));
        Conversation flooding = w.conversation();
        Conversation calm = secondConversation(w);

        for (int i = 0; i < 3; i++) guard.noted(text(flooding, "hello " + i), flooding);
        assertThat(guard.closedFor(flooding)).isEmpty();
        guard.noted(text(flooding, "hello again"), flooding);

        assertThat(guard.closedFor(flooding)).contains(SkipReason.CUSTOMER_FLOODING);
        assertThat(new DynamoConversationFlags(tables.tenant()).flags(flooding.tenant(), flooding.id())).contains(GuardingCustomers.FLOODING);
        guard.noted(text(calm, "hi"), calm);
        assertThat(guard.closedFor(calm)).isEmpty();
        assertThat(guardAt(NOW.plus(Duration.ofMinutes(16))).closedFor(flooding)).isEmpty();
    }

    @Test
    void an_anomalous_inbound_rate_on_the_tenant_pauses_every_automatic_reply_of_that_tenant_only() {
        Workload w = Workload.create(tables, "tenant-flood", "800000000000004");
        Workload other = Workload.create(tables, "tenant-calm", "800000000000005");
        GuardingCustomers guard = guard(new GuardingCustomers.Limits(100, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)));
        Conversation second = secondConversation(w);

        for (int i = 0; i < 3; i++) {
            guard.noted(text(w.conversation(), "a" + i), w.conversation());
            guard.noted(text(second, "b" + i), second);
        }

        assertThat(guard.closedFor(w.conversation())).contains(SkipReason.TENANT_FLOODING);
        assertThat(guard.closedFor(second)).contains(SkipReason.TENANT_FLOODING);
        assertThat(guard.closedFor(other.conversation())).isEmpty();
    }

    private static GuardingCustomers guard(GuardingCustomers.Limits limits) {
        return new GuardingCustomers(new DynamoContactSwitches(tables.tenant()), new DynamoCustomers(tables.tenant()),
                new DynamoConversationFlags(tables.tenant()), limits, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static GuardingCustomers guardAt(Instant at) {
        return new GuardingCustomers(new DynamoContactSwitches(tables.tenant()), new DynamoCustomers(tables.tenant()),
                new DynamoConversationFlags(tables.tenant()), GuardingCustomers.Limits.DEFAULT, Clock.fixed(at, ZoneOffset.UTC));
    }

    private static Conversation secondConversation(Workload w) {
        Customer customer = ((CustomerCreation.Created) new DynamoCustomers(tables.tenant()).create(new Customer(w.tenant().id(),
                CustomerId.newId(), "+1555000" + (2000 + IDS.incrementAndGet()), "Bo", Consent.UNKNOWN, NOW))).customer();
        Conversation conversation = Conversation.open(w.tenant().id(), customer.id(), customer.phone(), NOW);
        new DynamoConversations(tables.tenant()).start(conversation);
        return conversation;
    }

    private static InboundMessage text(Conversation c, String body) {
        return new InboundMessage(c.tenant(), Channel.CLOUD_API, "800000000000000", new app.parley.messaging.model.Customer(
                c.customerPhone().replace("+", ""), "Ann"), "wamid.guard-" + IDS.incrementAndGet(), NOW, new InboundContent.Text(body), null);
    }
}
