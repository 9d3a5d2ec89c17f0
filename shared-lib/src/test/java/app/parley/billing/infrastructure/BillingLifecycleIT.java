package app.parley.billing.infrastructure;

import app.parley.conversation.application.SkipReason;
import app.parley.messaging.model.MessageOrigin;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.LifecycleTransition;
import app.parley.tenancy.model.Tenant;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.billing.application.CheckingOut;
import app.parley.billing.application.CheckingOut.CheckoutStart;
import app.parley.billing.application.DownloadingInvoices;
import app.parley.billing.application.IssuingInvoices;
import app.parley.billing.application.ReceivingPaymentEvents.Receipt;
import app.parley.billing.application.StartingTrials.TrialStart;
import app.parley.billing.model.*;
import app.parley.persistence.LocalTables;
import app.parley.tenancy.model.TenantId;
import com.stripe.StripeClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subscriptions, payments, invoices and figures on DynamoDB Local and a fake Stripe, with a clock moved by hand. */
class BillingLifecycleIT {
    static final String SECRET = "whsec_test_secret";
    private static LocalTables local;
    private static FakeStripe stripe;
    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final BillingWiring billing = new BillingWiring(local.tables(),
            StripeClient.builder().setApiKey(FakeStripe.API_KEY).setApiBase(stripe.base()).build(), SECRET, BillingPolicy.defaults(), clock);
    private final CheckingOut.Payer payer = new CheckingOut.Payer("Salon", "owner@salon.example", "https://app/ok", "https://app/cancel");

    @BeforeAll static void start() { local = LocalTables.start(); stripe = FakeStripe.start(); }
    @AfterAll static void stop() { stripe.close(); local.close(); }

    @Test
    void trial_ends_past_due_grace_ends_suspended_then_paid_active_again() {
        Plan plan = definedPlan();
        Tenant tenant = activated(app.parley.persistence.Workload.registerTenant(local.tables(), "unpaid-" + System.nanoTime(), null));
        TenantId t = tenant.id();
        var gate = app.parley.conversation.infrastructure.ReplyGates.on(local.tables());
        assertThat(billing.startingTrials().start(t, plan.id())).isInstanceOf(TrialStart.Started.class);
        assertThat(billing.startingTrials().start(t, plan.id())).isInstanceOf(TrialStart.AlreadySubscribed.class);
        assertThat(billing.standing().allowsAutomaticReplies(t)).isTrue();

        clock.set(Instant.parse("2025-03-15T10:00:00Z"));            // trial ended at 09:00
        assertThat(billing.billingDay().run().moved()).isGreaterThanOrEqualTo(1);
        assertThat(status(t)).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(billing.standing().allowsAutomaticReplies(t)).isTrue();

        clock.set(Instant.parse("2025-03-22T09:00:00Z"));            // grace of 7 days ended
        billing.billingDay().run();
        assertThat(status(t)).isEqualTo(SubscriptionStatus.SUSPENDED_FOR_NON_PAYMENT);
        assertThat(billing.standing().allowsAutomaticReplies(t)).isFalse();
        assertThat(gate.check(t, MessageOrigin.AI, Optional.empty()).closed())
                .as("the pipeline's gate stops automatic replies on the next message").contains(SkipReason.UNPAID_SUBSCRIPTION);
        assertThat(gate.check(t, MessageOrigin.AGENT, Optional.empty()).closed()).isEmpty();

        String session = ((CheckoutStart.Started) billing.checkingOut().checkout(t, payer)).sessionId();
        FakeStripe.Request created = stripe.requests.getLast();
        assertThat(created.form()).containsEntry("line_items[0][price_data][unit_amount]", "4900")
                .containsEntry("line_items[0][price_data][currency]", "usd").containsEntry("metadata[tenant_id]", t.value());
        Receipt paid = deliver(stripe.completedEvent("evt_paid_" + t.value(), session), clock.instant());
        assertThat(paid).isInstanceOf(Receipt.Applied.class);
        assertThat(status(t)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(billing.standing().allowsAutomaticReplies(t)).isTrue();
        assertThat(gate.check(t, MessageOrigin.AI, Optional.empty()).closed()).isEmpty();
        assertThat(billing.subscriptions().find(t).orElseThrow().paidThrough()).isEqualTo(Instant.parse("2025-04-22T09:00:00Z"));
    }

    @Test
    void the_webhook_refuses_bad_signatures_and_old_timestamps_and_applies_an_event_once() {
        Plan plan = definedPlan();
        TenantId t = TenantId.newId();
        billing.startingTrials().start(t, plan.id());
        String session = ((CheckoutStart.Started) billing.checkingOut().checkout(t, payer)).sessionId();
        String event = stripe.completedEvent("evt_once_" + t.value(), session);
        long now = clock.instant().getEpochSecond();

        assertThat(billing.paymentEvents().receive(event, FakeStripe.signature(event, "whsec_wrong", now))).isInstanceOf(Receipt.Rejected.class);
        assertThat(billing.paymentEvents().receive(event.replace("4900", "1"), FakeStripe.signature(event, SECRET, now)))
                .isInstanceOf(Receipt.Rejected.class);
        assertThat(billing.paymentEvents().receive(event, null)).isInstanceOf(Receipt.Rejected.class);
        assertThat(deliver(event, clock.instant().minus(Duration.ofMinutes(6)))).isInstanceOf(Receipt.Rejected.class);
        assertThat(status(t)).isEqualTo(SubscriptionStatus.TRIALING);

        assertThat(deliver(event, clock.instant())).isInstanceOf(Receipt.Applied.class);
        Instant paidThrough = billing.subscriptions().find(t).orElseThrow().paidThrough();
        assertThat(deliver(event, clock.instant())).isInstanceOf(Receipt.Duplicate.class);
        assertThat(billing.subscriptions().find(t).orElseThrow().paidThrough()).isEqualTo(paidThrough);
    }

    @Test
    void a_declined_provider_call_is_a_result_not_an_exception() {
        TenantId t = TenantId.newId();
        billing.startingTrials().start(t, definedPlan().id());
        stripe.declineNext();
        assertThat(billing.checkingOut().checkout(t, payer)).isInstanceOf(CheckoutStart.ProviderFailed.class);
    }

    @Test
    void invoices_are_numbered_without_gaps_once_per_period_and_render_as_pdf() throws Exception {
        Plan plan = definedPlan();
        List<TenantId> tenants = List.of(TenantId.newId(), TenantId.newId());
        for (TenantId t : tenants) {
            billing.startingTrials().start(t, plan.id());
            billing.billingDay().run();
            String session = ((CheckoutStart.Started) billing.checkingOut().checkout(t, payer)).sessionId();
            deliver(stripe.completedEvent("evt_inv_" + t.value(), session), clock.instant());
        }
        List<UsageEvent> usage = List.of(
                new UsageEvent("u1", tenants.getFirst(), UsageKind.MESSAGE_OUT, 13_345, clock.instant(), null, null),
                new UsageEvent("u2", tenants.getFirst(), UsageKind.AI_OUTPUT_TOKENS, 1_334_567, clock.instant(), "openai", "gpt-4o-mini"));
        billing.metering().record(usage);

        clock.set(Instant.parse("2025-04-01T00:15:00Z"));
        billing.billingDay().run();
        Invoice first = billing.invoices().find(tenants.getFirst(), "2025-03").orElseThrow();
        Invoice second = billing.invoices().find(tenants.getLast(), "2025-03").orElseThrow();
        assertThat(first.total()).isEqualTo(app.parley.common.model.Money.of("205.78", "USD"));
        assertThat(List.of(first.number().sequence(), second.number().sequence())).containsExactlyInAnyOrder(
                Math.min(first.number().sequence(), second.number().sequence()),
                Math.min(first.number().sequence(), second.number().sequence()) + 1);
        assertThat(billing.issuing().issue(tenants.getFirst(), "2025-03")).isInstanceOf(IssuingInvoices.Issue.AlreadyIssued.class);

        var download = (DownloadingInvoices.Download.Found) billing.downloadingInvoices().download(tenants.getFirst(), "Salão Bela", first.number());
        try (PDDocument pdf = Loader.loadPDF(download.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(first.number().text(), "Salão Bela", "2025-03", "154.31", "2.47", "Total: USD 205.78");
        }
        assertThat(billing.downloadingInvoices().download(tenants.getLast(), "x", first.number()))
                .isInstanceOf(DownloadingInvoices.Download.NotFound.class);
    }

    @Test
    void platform_figures_come_from_the_counters() {
        PlatformFigures before = billing.platformFigures().read();
        TenantId t = TenantId.newId();
        billing.startingTrials().start(t, definedPlan().id());
        String session = ((CheckoutStart.Started) billing.checkingOut().checkout(t, payer)).sessionId();
        deliver(stripe.completedEvent("evt_fig_" + t.value(), session), clock.instant());
        PlatformFigures after = billing.platformFigures().read();
        assertThat(after.trialsStarted() - before.trialsStarted()).isEqualTo(1);
        assertThat(after.trialsConverted() - before.trialsConverted()).isEqualTo(1);
        assertThat(after.activeSubscriptions() - before.activeSubscriptions()).isEqualTo(1);
        assertThat(after.revenuePerTenant()).anySatisfy(r -> {
            assertThat(r.tenant()).isEqualTo(t);
            assertThat(r.paid()).containsExactly(app.parley.common.model.Money.of("49.00", "USD"));
        });
        assertThat(after.mrr()).anySatisfy(m -> assertThat(m.currency().getCurrencyCode()).isEqualTo("USD"));
    }

    private Plan definedPlan() {
        Plan plan = TestPlans.starter();
        billing.definingPlans().define(plan);
        return plan;
    }

    private SubscriptionStatus status(TenantId t) {
        return billing.subscriptions().find(t).orElseThrow().status();
    }

    private Receipt deliver(String event, Instant signedAt) {
        return billing.paymentEvents().receive(event, FakeStripe.signature(event, SECRET, signedAt.getEpochSecond()));
    }

    /** Stored active: the gate reads the tenant itself, with its switches. */
    private static Tenant activated(Tenant created) {
        Tenant active = created.withLifecycle(((LifecycleTransition.Moved) created.lifecycle().apply(LifecycleAction.ACTIVATE)).to());
        var saved = new app.parley.tenancy.infrastructure.DynamoTenants(local.tables()).update(active);
        return ((app.parley.common.model.SaveOutcome.Saved<Tenant>) saved).value();
    }
}
