package app.parley.local.pipeline;

import static app.parley.local.pipeline.PipelineStack.BLOOM;
import static app.parley.local.pipeline.PipelineStack.SUNRISE;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.model.UserId;
import app.parley.config.Env;
import app.parley.conversation.application.ConversationFlags;
import app.parley.conversation.application.OutboundState;
import app.parley.conversation.infrastructure.DynamoConversationFlags;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoCustomerConversations;
import app.parley.conversation.infrastructure.DynamoMessages;
import app.parley.conversation.infrastructure.DynamoOutboundLedger;
import app.parley.conversation.model.Conversation;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.local.Eventually;
import app.parley.messaging.application.Envelope;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.messaging.infrastructure.SqsEnvelopeQueue;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.tenancy.infrastructure.DynamoPlatformSwitches;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import app.parley.whatsapp.cloud.GraphErrorBodies;
import app.parley.whatsapp.cloud.WhatsAppFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Cloud API path end to end on the local stack: signed webhook in, reply out to the fake Graph API. */
class PipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(100);
    private static PipelineStack p;

    @BeforeAll
    static void start() { p = PipelineStack.start(); }

    @AfterAll
    static void stop() { if (p != null) p.close(); }

    private static String newCustomer() { return "1555020" + String.format("%04d", CUSTOMERS.incrementAndGet()); }

    private static String wamid() { return "wamid.T" + java.util.UUID.randomUUID().toString().replace("-", ""); }

    @Test
    void a_signed_webhook_is_answered_with_the_catalog_price_after_a_read_receipt() {
        String customer = newCustomer(), id = wamid();
        assertThat(p.post(Webhooks.text(SUNRISE, customer, id, "How much is teeth whitening?"))).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        assertThat(PipelineStack.replyText(p.sentTo(customer).getFirst())).contains("Teeth whitening").contains("8000.00");
        assertThat(PipelineStack.repliedTo(p.sentTo(customer).getFirst())).isEqualTo(id);
        assertThat(p.graph.readReceipts()).anyMatch(r -> r.json().path("message_id").asText().equals(id)
                && r.json().has("typing_indicator"));
    }

    @Test
    void the_handshake_echoes_the_challenge_only_for_the_right_token() {
        String token = Env.require("WHATSAPP_VERIFY_TOKEN");
        var ok = p.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + token + "&hub.challenge=1158201444");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(p.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1").statusCode()).isEqualTo(403);
    }

    @Test
    void a_bad_signature_is_refused_and_nothing_is_stored_or_sent() throws Exception {
        String customer = newCustomer();
        String body = Webhooks.text(SUNRISE, customer, wamid(), "How much is teeth whitening?");
        assertThat(p.post(body, "sha256=" + "0".repeat(64))).isEqualTo(401);
        assertThat(p.post(body, null)).isEqualTo(401);

        Thread.sleep(1500);
        assertThat(new DynamoCustomers(p.tables.tenant()).findByPhone(p.tenant("sunrise-dental"), customer)).isEmpty();
        assertThat(p.graph.requests()).noneMatch(r -> r.body().contains(customer));
    }

    @Test
    void the_same_webhook_three_times_and_duplicate_ids_in_one_batch_get_one_reply() throws Exception {
        String customer = newCustomer();
        String body = Webhooks.text(SUNRISE, customer, wamid(), "Price of scaling please");
        for (int i = 0; i < 3; i++) assertThat(p.post(body)).isEqualTo(200);
        String duplicates = WhatsAppFixtures.read("webhook_batch_duplicate_message_ids.json")
                .replace("106540352242922", BLOOM).replace("15550002222", "15550009999");
        assertThat(p.post(duplicates)).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1 && p.sentTo("15550009999").size() == 1);
        Thread.sleep(1500);
        assertThat(p.sentTo(customer)).hasSize(1);
        assertThat(p.sentTo("15550009999")).hasSize(1);
    }

    @Test
    void an_unknown_number_is_acknowledged_and_dropped() throws Exception {
        String body = WhatsAppFixtures.read("webhook_unknown_phone_number_id.json");
        int before = p.graph.requests().size();
        assertThat(p.post(body)).isEqualTo(200);
        Thread.sleep(1000);
        assertThat(p.graph.requests().size()).isEqualTo(before);
    }

    @Test
    void with_the_tenant_ai_switched_off_nothing_automatic_goes_out_but_staff_replies_do() throws Exception {
        TenantId bloom = p.tenant("bloom-and-stem");
        String customer = newCustomer();
        switchTenantAi(bloom, false);
        try {
            assertThat(p.post(Webhooks.text(BLOOM, customer, wamid(), "How much are red roses?"))).isEqualTo(200);
            queueReply(bloom, customer, MessageOrigin.AI, "queued before the flip");
            queueReply(bloom, customer, MessageOrigin.AGENT, "from a person");

            Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
            Thread.sleep(1500);
            assertThat(p.sentTo(customer)).extracting(PipelineStack::replyText).containsExactly("from a person");
            Eventually.within(WAIT, () -> storedMessages(bloom, customer) == 1);
        } finally {
            switchTenantAi(bloom, true);
        }
    }

    @Test
    void with_the_platform_kill_switch_off_no_automatic_reply_goes_out() throws Exception {
        TenantId sunrise = p.tenant("sunrise-dental");
        String customer = newCustomer();
        var platform = new DynamoPlatformSwitches(p.tables.platform());
        platform.switchAi(false);
        try {
            assertThat(p.post(Webhooks.text(SUNRISE, customer, wamid(), "How much is a root canal?"))).isEqualTo(200);
            queueReply(sunrise, customer, MessageOrigin.AI, "queued before the kill switch");
            Eventually.within(WAIT, () -> storedMessages(sunrise, customer) == 1);
            Thread.sleep(2000);
            assertThat(p.sentTo(customer)).isEmpty();
        } finally {
            platform.switchAi(true);
        }
        String next = wamid();
        assertThat(p.post(Webhooks.text(SUNRISE, customer, next, "And teeth whitening?"))).isEqualTo(200);
        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        assertThat(PipelineStack.repliedTo(p.sentTo(customer).getFirst())).isEqualTo(next);
    }

    @Test
    void a_conversation_taken_over_by_staff_gets_no_bot_reply() throws Exception {
        TenantId sunrise = p.tenant("sunrise-dental");
        String customer = newCustomer();
        Conversation c = conversation(sunrise, customer);
        new DynamoConversations(p.tables.tenant()).update(c.takenOverBy(UserId.newId()));

        assertThat(p.post(Webhooks.text(SUNRISE, customer, wamid(), "How much is teeth whitening?"))).isEqualTo(200);
        Eventually.within(WAIT, () -> storedMessages(sunrise, customer) == 1);
        Thread.sleep(1500);
        assertThat(p.sentTo(customer)).isEmpty();
    }

    @Test
    void outside_the_24_hour_window_the_reply_fails_once_and_the_conversation_is_flagged() throws Exception {
        TenantId sunrise = p.tenant("sunrise-dental");
        String customer = newCustomer();
        Conversation c = conversation(sunrise, customer);
        OutboundMessage reply = new OutboundMessage("out_reengage_" + customer, sunrise, c.id().value(),
                new Customer(customer, null), null, MessageOrigin.AI, new OutboundContent.Text("Teeth whitening: 8000.00"));
        p.graph.failNext(1, 400, GraphErrorBodies.REENGAGEMENT_131047);
        new SqsEnvelopeQueue(SqsClients.shared(), Env.require("OUTBOUND_QUEUE_URL")).sendAll(List.of(Envelope.of(reply)));

        var ledger = new DynamoOutboundLedger(p.tables.tenant());
        Eventually.within(WAIT, () -> ledger.state(sunrise, reply.id()) == OutboundState.FAILED);
        Thread.sleep(2000);
        assertThat(p.graph.requests()).filteredOn(r -> r.isMessageSend() && r.body().contains(customer)).hasSize(1);
        assertThat(new DynamoConversationFlags(p.tables.tenant()).flags(sunrise, c.id()))
                .containsExactly(ConversationFlags.REENGAGEMENT_REQUIRED);
    }

    private static Conversation conversation(TenantId tenant, String customer) {
        var conversations = new DynamoConversations(p.tables.tenant());
        return new DynamoCustomerConversations(p.tables, new DynamoCustomers(p.tables.tenant()), conversations)
                .continueFor(tenant, customer, "Test", Instant.now());
    }

    private static int storedMessages(TenantId tenant, String customer) {
        var c = conversation(tenant, customer);
        return new DynamoMessages(p.tables.tenant()).latest(tenant, c.id(), 50).size();
    }

    private static void queueReply(TenantId tenant, String customer, MessageOrigin origin, String text) {
        var message = new OutboundMessage("out_" + origin + "_" + customer, tenant, null, new Customer(customer, null), null,
                origin, new OutboundContent.Text(text));
        assertThat(new SqsEnvelopeQueue(SqsClients.shared(), Env.require("OUTBOUND_QUEUE_URL")).sendAll(List.of(Envelope.of(message))))
                .isTrue();
    }

    private static void switchTenantAi(TenantId id, boolean on) {
        var tenants = new DynamoTenants(p.tables);
        Tenant tenant = tenants.find(id).orElseThrow();
        tenants.update(tenant.withAi(tenant.ai().switchedTo(on)));
    }
}
