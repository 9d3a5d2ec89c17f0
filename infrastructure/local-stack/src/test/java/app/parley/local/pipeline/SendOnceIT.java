package app.parley.local.pipeline;

import static app.parley.local.pipeline.PipelineStack.SUNRISE;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.application.OutboundState;
import app.parley.conversation.application.SendOutcome;
import app.parley.conversation.infrastructure.DynamoOutboundLedger;
import app.parley.local.Eventually;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.sender.SenderWiring;
import app.parley.tenancy.model.TenantId;
import app.parley.whatsapp.cloud.FakeGraphApi;
import app.parley.whatsapp.cloud.GraphErrorBodies;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A send whose answer comes after the sender gave up (Meta has the message, the sender does not know) never becomes a
 * second reply: the status webhook, naming our message by its {@code biz_opaque_callback_data}, settles it. The sender's
 * timeout (1 s), doubt window (5 s) and recheck (1 s) are shortened through its environment so nothing sleeps long.
 */
class SendOnceIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration WINDOW = Duration.ofSeconds(5);
    private static final Duration LATE = Duration.ofMillis(2500);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(300);
    private static PipelineStack p;
    private static TenantId sunrise;

    @BeforeAll
    static void start() {
        p = PipelineStack.start(PipelineStack.evalSeed(), java.util.Map.of("SENDER_GRAPH_TIMEOUT_MS", "1000",
                "SENDER_DOUBT_WINDOW_SECONDS", Long.toString(WINDOW.toSeconds()), "SENDER_DOUBT_RECHECK_SECONDS", "1"));
        sunrise = p.tenant("sunrise-dental");
    }

    @AfterAll
    static void stop() { if (p != null) p.close(); }

    @BeforeEach
    void reset() { p.graph.reset(); }

    private static String newCustomer() { return "1555030" + String.format("%04d", CUSTOMERS.incrementAndGet()); }

    private static String wamid() { return "wamid.S" + java.util.UUID.randomUUID().toString().replace("-", ""); }

    /** The customer asks; the reply's send goes in doubt until its status settles it; then the doubt window passes. */
    private static String inDoubtUntilItsStatusCame(String customer) throws Exception {
        assertThat(p.post(Webhooks.text(SUNRISE, customer, wamid(), "How much is teeth whitening?"))).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        String outboundId = outboundIdOf(p.sentTo(customer).getFirst());
        Eventually.within(WAIT, () -> stateOf(outboundId) == OutboundState.IN_DOUBT);
        Eventually.within(WAIT, () -> stateOf(outboundId) == OutboundState.SENT);
        Thread.sleep(WINDOW.plusSeconds(3).toMillis());
        return outboundId;
    }

    @Test
    void an_answer_after_the_timeout_then_the_status_webhook_means_exactly_one_send() throws Exception {
        String customer = newCustomer();
        p.graph.answerSendsLate(1, LATE).statusesAfter(Duration.ofSeconds(3));
        String outboundId = inDoubtUntilItsStatusCame(customer);

        assertThat(p.sentTo(customer)).hasSize(1);
        assertThat(Attrs.optStr(record(outboundId), "settledBy")).isEqualTo("status");
        assertThat(Attrs.optStr(record(outboundId), "wamid")).startsWith("wamid.");
    }

    @Test
    void a_gateway_error_after_meta_took_the_send_leaves_it_in_doubt_and_its_status_settles_it_without_a_second_send() throws Exception {
        String customer = newCustomer();
        p.graph.acceptSendsBehindGatewayError(1, 502).statusesAfter(Duration.ofSeconds(3));
        String outboundId = inDoubtUntilItsStatusCame(customer);

        assertThat(p.sentTo(customer)).as("a 502 is no proof that nothing was sent").hasSize(1);
        assertThat(Attrs.optStr(record(outboundId), "settledBy")).isEqualTo("status");
    }

    @Test
    void without_any_status_the_message_is_sent_again_once_after_the_doubt_window() throws Exception {
        String customer = newCustomer();
        p.graph.answerSendsLate(1, LATE).withholdStatusesOfNext(1);
        assertThat(p.post(Webhooks.text(SUNRISE, customer, wamid(), "How much is teeth whitening?"))).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        String outboundId = outboundIdOf(p.sentTo(customer).getFirst());
        Eventually.within(WAIT, () -> stateOf(outboundId) == OutboundState.IN_DOUBT);
        Thread.sleep(WINDOW.toMillis() / 2);
        assertThat(p.sentTo(customer)).as("not re-sent inside the window").hasSize(1);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 2);
        Eventually.within(WAIT, () -> stateOf(outboundId) == OutboundState.SENT);
        Thread.sleep(3000);
        assertThat(p.sentTo(customer)).hasSize(2).allMatch(send -> outboundIdOf(send).equals(outboundId));
    }

    @Test
    void a_later_message_of_the_same_customer_waits_behind_the_one_in_doubt_and_both_go_out_once_in_order() throws Exception {
        String customer = newCustomer(), first = wamid(), second = wamid();
        p.graph.answerSendsLate(1, LATE);
        assertThat(p.post(Webhooks.text(SUNRISE, customer, first, "How much is teeth whitening?"))).isEqualTo(200);
        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        assertThat(p.post(Webhooks.text(SUNRISE, customer, second, "And the price of scaling?"))).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 2);
        Thread.sleep(WINDOW.plusSeconds(3).toMillis());
        List<FakeGraphApi.Request> sends = p.sentTo(customer);
        assertThat(sends).hasSize(2);
        assertThat(sends.stream().map(PipelineStack::repliedTo)).containsExactly(first, second);
        assertThat(sends.stream().map(SendOnceIT::outboundIdOf).map(SendOnceIT::stateOf))
                .containsOnly(OutboundState.SENT);
    }

    @Test
    void duplicated_status_webhooks_are_harmless_even_when_one_arrives_before_the_sender_gives_up() throws Exception {
        String customer = newCustomer();
        p.graph.answerSendsLate(1, LATE).duplicateStatuses(true);
        assertThat(p.post(Webhooks.text(SUNRISE, customer, wamid(), "How much is teeth whitening?"))).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        String outboundId = outboundIdOf(p.sentTo(customer).getFirst());
        Eventually.within(WAIT, () -> "DELIVERED".equals(Attrs.optStr(record(outboundId), "delivery")));
        String wamid = Attrs.optStr(record(outboundId), "wamid");
        assertThat(p.post(Webhooks.status(SUNRISE, wamid, customer, "sent", null))).isEqualTo(200);
        Thread.sleep(WINDOW.plusSeconds(3).toMillis());

        assertThat(p.sentTo(customer)).hasSize(1);
        assertThat(stateOf(outboundId)).isEqualTo(OutboundState.SENT);
        assertThat(Attrs.optStr(record(outboundId), "delivery")).as("delivery never moves back").isEqualTo("DELIVERED");
    }

    @Test
    void every_send_names_our_outgoing_message_as_callback_data() {
        String customer = newCustomer();
        assertThat(p.post(Webhooks.text(SUNRISE, customer, wamid(), "How much is teeth whitening?"))).isEqualTo(200);
        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        String outboundId = outboundIdOf(p.sentTo(customer).getFirst());
        assertThat(outboundId).isNotBlank();
        Eventually.within(WAIT, () -> "DELIVERED".equals(Attrs.optStr(record(outboundId), "delivery")));
        assertThat(Attrs.optStr(record(outboundId), "settledBy")).as("answered in time: the sender recorded it").isNull();
    }

    @Test
    void two_invocations_holding_the_same_message_at_once_send_it_once() throws Exception {
        String customer = newCustomer();
        OutboundMessage message = staffReply(customer);
        p.graph.respondAfter(Duration.ofMillis(600));
        var sending = SenderWiring.fromEnvironment().sending();
        var start = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<SendOutcome>> calls = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> threads.submit(() -> { start.await(); return sending.send(message, 1); })).toList();
            start.countDown();
            List<SendOutcome> outcomes = new java.util.ArrayList<>();
            for (Future<SendOutcome> call : calls) outcomes.add(call.get(60, TimeUnit.SECONDS));

            assertThat(outcomes).filteredOn(o -> o instanceof SendOutcome.Sent).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !(o instanceof SendOutcome.Sent))
                    .allMatch(o -> o instanceof SendOutcome.InDoubt || o instanceof SendOutcome.AlreadySettled);
        }
        Thread.sleep(2000);
        assertThat(p.sentTo(customer)).hasSize(1);
        assertThat(stateOf(message.id())).isEqualTo(OutboundState.SENT);
        assertThat(sending.send(message, 2)).isEqualTo(new SendOutcome.AlreadySettled(OutboundState.SENT));
        assertThat(p.sentTo(customer)).hasSize(1);
    }

    @Test
    void a_send_that_failed_before_anything_was_sent_releases_its_claim_so_the_retry_sends() {
        String customer = newCustomer();
        OutboundMessage message = staffReply(customer);
        p.graph.failNext(1, 500, GraphErrorBodies.INTERNAL_ERROR_131000);
        var sending = SenderWiring.fromEnvironment().sending();

        assertThat(sending.send(message, 1)).isInstanceOf(SendOutcome.RetryLater.class);
        assertThat(stateOf(message.id())).as("released, not left in doubt").isEqualTo(OutboundState.QUEUED);
        assertThat(sending.send(message, 2)).isInstanceOf(SendOutcome.Sent.class);

        assertThat(p.sentTo(customer)).hasSize(1);
        assertThat(stateOf(message.id())).isEqualTo(OutboundState.SENT);
    }

    private static OutboundMessage staffReply(String customer) {
        return new OutboundMessage("out-" + java.util.UUID.randomUUID(), sunrise, null, new Customer(customer, "Claim Test"), null,
                MessageOrigin.AGENT, new OutboundContent.Text("Your appointment is at 10:00.", false));
    }

    private static String outboundIdOf(FakeGraphApi.Request send) {
        return send.json().path("biz_opaque_callback_data").asText().replaceFirst("^parley:", "");
    }

    private static OutboundState stateOf(String outboundId) {
        return new DynamoOutboundLedger(p.tables.tenant()).state(sunrise, outboundId);
    }

    private static java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> record(String outboundId) {
        return p.tables.tenant().get(sunrise, Keys.outbound(sunrise, outboundId), Keys.META).orElseThrow();
    }
}
