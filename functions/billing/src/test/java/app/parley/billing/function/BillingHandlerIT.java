package app.parley.billing.function;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.billing.infrastructure.BillingWiring;
import app.parley.billing.infrastructure.FakeStripe;
import app.parley.billing.infrastructure.MovableClock;
import app.parley.billing.model.BillingPolicy;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.SubscriptionStatus;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageEventJson;
import app.parley.billing.model.UsageKind;
import app.parley.common.model.Money;
import app.parley.persistence.LocalTables;
import app.parley.tenancy.model.TenantId;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The billing handler with the event objects Lambda sends, and with the JSON maps the runtime gives an Object handler. */
class BillingHandlerIT {
    private static final String SECRET = "whsec_handler";
    private static LocalTables local;
    private static FakeStripe stripe;
    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final BillingWiring wiring = new BillingWiring(local.tables(),
            StripeClient.builder().setApiKey(FakeStripe.API_KEY).setApiBase(stripe.base()).build(), SECRET, BillingPolicy.defaults(), clock);
    private final BillingHandler handler = new BillingHandler(wiring, wiring.paymentEvents());

    @BeforeAll static void start() { local = LocalTables.start(); stripe = FakeStripe.start(); }
    @AfterAll static void stop() { stripe.close(); local.close(); }

    @Test
    void usage_messages_are_counted_once_and_a_bad_body_fails_alone() {
        TenantId t = TenantId.newId();
        String body = UsageEventJson.write(new UsageEvent("wamid.1#in", t, UsageKind.MESSAGE_IN, 1, clock.instant(), null, null));
        SQSBatchResponse response = (SQSBatchResponse) handler.handleRequest(sqs(body, body, "{oops"), null);
        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier).containsExactly("m2");
        handler.handleRequest(sqs(body), null);
        assertThat(wiring.ledger().totals(t, "2025-03").messages()).isEqualTo(1);
    }

    @Test
    void the_runtime_s_json_map_of_an_sqs_batch_is_understood() throws Exception {
        TenantId t = TenantId.newId();
        String body = UsageEventJson.write(new UsageEvent("wamid.2#out", t, UsageKind.MESSAGE_OUT, 1, clock.instant(), null, null));
        Map<?, ?> json = new ObjectMapper().readValue("{\"Records\":[{\"messageId\":\"m0\",\"receiptHandle\":\"r\",\"body\":"
                + new ObjectMapper().writeValueAsString(body) + ",\"eventSource\":\"aws:sqs\",\"eventSourceARN\":\"arn:aws:sqs:us-east-1:0:q\"}]}", Map.class);
        assertThat(((SQSBatchResponse) handler.handleRequest(json, null)).getBatchItemFailures()).isEmpty();
        assertThat(wiring.ledger().totals(t, "2025-03").messages()).isEqualTo(1);
    }

    @Test
    void the_schedule_suspends_and_the_stripe_route_reactivates() {
        Plan plan = new Plan(PlanId.newId(), "Mini", Money.of("10.00", "EUR"), 10, 10, BigDecimal.ONE, BigDecimal.ONE, 1, 1, 0);
        wiring.definingPlans().define(plan);
        TenantId t = TenantId.newId();
        wiring.startingTrials().start(t, plan.id());
        clock.set(Instant.parse("2025-03-09T00:00:00Z"));
        handler.handleRequest(new ScheduledEvent().withDetailType("Scheduled Event").withTime(new DateTime(clock.millis())), null);
        assertThat(wiring.standing().allowsAutomaticReplies(t)).isFalse();

        var checkout = (app.parley.billing.application.CheckingOut.CheckoutStart.Started) wiring.checkingOut().checkout(t,
                new app.parley.billing.application.CheckingOut.Payer("A", "a@b.example", "https://ok", "https://no"));
        String event = stripe.completedEvent("evt_h_" + t.value(), checkout.sessionId());
        assertThat(post(event, "whsec_other").getStatusCode()).isEqualTo(400);
        assertThat(post(event, SECRET).getStatusCode()).isEqualTo(200);
        assertThat(post(event, SECRET).getBody()).contains("\"duplicate\":true");
        assertThat(wiring.subscriptions().find(t).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(wiring.standing().allowsAutomaticReplies(t)).isTrue();
    }

    private APIGatewayV2HTTPResponse post(String payload, String secret) {
        APIGatewayV2HTTPEvent request = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("POST /webhooks/stripe")
                .withRawPath("/webhooks/stripe").withBody(payload).withIsBase64Encoded(false)
                .withHeaders(Map.of("content-type", "application/json",
                        "stripe-signature", FakeStripe.signature(payload, secret, clock.instant().getEpochSecond())))
                .build();
        return (APIGatewayV2HTTPResponse) handler.handleRequest(request, null);
    }

    private static SQSEvent sqs(String... bodies) {
        SQSEvent event = new SQSEvent();
        List<SQSEvent.SQSMessage> records = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("m" + i);
            m.setBody(bodies[i]);
            m.setEventSource("aws:sqs");
            records.add(m);
        }
        event.setRecords(records);
        return event;
    }
}
