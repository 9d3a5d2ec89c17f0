package app.parley.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.billing.model.SubscriptionEvent.CancellationRequested;
import app.parley.billing.model.SubscriptionEvent.DayPassed;
import app.parley.billing.model.SubscriptionEvent.PaymentFailed;
import app.parley.billing.model.SubscriptionEvent.PaymentSucceeded;
import app.parley.billing.model.SubscriptionTransition.Moved;
import app.parley.billing.model.SubscriptionTransition.NotAllowed;
import app.parley.billing.model.SubscriptionTransition.Unchanged;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscriptionMachineTest {
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private static final BillingPolicy POLICY = BillingPolicy.defaults();
    private static final Money PAID = Money.of("49.00", "USD");

    private final Subscription trial = Subscription.trial(TenantId.newId(), TestPlans.starter(), START);

    @Test
    void a_trial_lasts_the_plan_s_trial_days() {
        assertThat(trial.trialEndsAt()).isEqualTo(Instant.parse("2025-03-15T09:00:00Z"));
        assertThat(trial.deadline()).contains(trial.trialEndsAt());
        assertThat(trial.allowsAutomaticReplies()).isTrue();
    }

    @Test
    void a_day_before_the_trial_end_changes_nothing() {
        assertThat(apply(trial, new DayPassed(trial.trialEndsAt().minusSeconds(1)))).isInstanceOf(Unchanged.class);
    }

    @Test
    void trial_end_makes_it_past_due_with_grace_from_the_trial_end() {
        Subscription pastDue = moved(trial, new DayPassed(trial.trialEndsAt().plus(Duration.ofHours(3))));
        assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(pastDue.graceEndsAt()).isEqualTo(trial.trialEndsAt().plus(Duration.ofDays(7)));
        assertThat(pastDue.allowsAutomaticReplies()).isTrue();
    }

    @Test
    void paying_during_the_trial_activates_from_the_trial_end() {
        Subscription active = moved(trial, new PaymentSucceeded(START.plus(Duration.ofDays(2)), PAID));
        assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(active.paidThrough()).isEqualTo(Instant.parse("2025-04-15T09:00:00Z"));
        assertThat(active.everPaid()).isTrue();
    }

    @Test
    void a_failed_payment_during_the_trial_changes_nothing() {
        assertThat(apply(trial, new PaymentFailed(START.plusSeconds(60)))).isInstanceOf(Unchanged.class);
    }

    @Test
    void grace_end_suspends_for_non_payment() {
        Subscription pastDue = moved(trial, new DayPassed(trial.trialEndsAt()));
        assertThat(apply(pastDue, new DayPassed(pastDue.graceEndsAt().minusSeconds(1)))).isInstanceOf(Unchanged.class);
        Subscription suspended = moved(pastDue, new DayPassed(pastDue.graceEndsAt()));
        assertThat(suspended.status()).isEqualTo(SubscriptionStatus.SUSPENDED_FOR_NON_PAYMENT);
        assertThat(suspended.allowsAutomaticReplies()).isFalse();
        assertThat(suspended.deadline()).isEmpty();
    }

    @Test
    void a_schedule_that_missed_days_applies_every_passed_deadline() {
        Subscription late = moved(trial, new DayPassed(trial.trialEndsAt().plus(Duration.ofDays(30))));
        assertThat(late.status()).isEqualTo(SubscriptionStatus.SUSPENDED_FOR_NON_PAYMENT);
    }

    @Test
    void a_failed_payment_while_past_due_does_not_extend_the_grace() {
        Subscription pastDue = moved(trial, new DayPassed(trial.trialEndsAt()));
        assertThat(apply(pastDue, new PaymentFailed(pastDue.graceEndsAt().minusSeconds(5)))).isInstanceOf(Unchanged.class);
    }

    @Test
    void paying_while_past_due_or_suspended_reactivates_for_a_month_from_the_payment() {
        Subscription pastDue = moved(trial, new DayPassed(trial.trialEndsAt()));
        Subscription suspended = moved(pastDue, new DayPassed(pastDue.graceEndsAt()));
        Instant paidAt = Instant.parse("2025-04-10T12:00:00Z");
        for (Subscription unpaid : new Subscription[] {pastDue, suspended}) {
            Subscription active = moved(unpaid, new PaymentSucceeded(paidAt, PAID));
            assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(active.paidThrough()).isEqualTo(Instant.parse("2025-05-10T12:00:00Z"));
            assertThat(active.graceEndsAt()).isNull();
            assertThat(active.allowsAutomaticReplies()).isTrue();
        }
    }

    @Test
    void an_active_subscription_renews_lapses_and_fails() {
        Subscription active = moved(trial, new PaymentSucceeded(trial.trialEndsAt(), PAID));
        assertThat(moved(active, new PaymentSucceeded(active.paidThrough().minus(Duration.ofDays(1)), PAID)).paidThrough())
                .isEqualTo(Instant.parse("2025-05-15T09:00:00Z"));
        assertThat(apply(active, new DayPassed(active.paidThrough().minusSeconds(1)))).isInstanceOf(Unchanged.class);
        Subscription lapsed = moved(active, new DayPassed(active.paidThrough()));
        assertThat(lapsed.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(lapsed.graceEndsAt()).isEqualTo(active.paidThrough().plus(Duration.ofDays(7)));
        Instant failedAt = active.paidThrough().minus(Duration.ofDays(3));
        Subscription failed = moved(active, new PaymentFailed(failedAt));
        assertThat(failed.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(failed.graceEndsAt()).isEqualTo(failedAt.plus(Duration.ofDays(7)));
    }

    @Test
    void every_state_but_cancelled_can_be_cancelled_and_nothing_leaves_cancelled() {
        Subscription pastDue = moved(trial, new DayPassed(trial.trialEndsAt()));
        Subscription[] states = {trial, moved(trial, new PaymentSucceeded(START, PAID)), pastDue,
                moved(pastDue, new DayPassed(pastDue.graceEndsAt()))};
        for (Subscription s : states) {
            Subscription cancelled = moved(s, new CancellationRequested(START.plus(Duration.ofDays(40))));
            assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
            assertThat(cancelled.allowsAutomaticReplies()).isFalse();
            assertThat(apply(cancelled, new PaymentSucceeded(START, PAID))).isInstanceOf(NotAllowed.class);
            assertThat(apply(cancelled, new DayPassed(START))).isInstanceOf(NotAllowed.class);
            assertThat(apply(cancelled, new CancellationRequested(START))).isInstanceOf(NotAllowed.class);
        }
    }

    @Test
    void figures_follow_the_changes() {
        assertThat(FigureDelta.between(null, trial).trialsStarted()).isEqualTo(1);
        Subscription active = moved(trial, new PaymentSucceeded(START, PAID));
        FigureDelta converted = FigureDelta.between(trial, active);
        assertThat(converted.trialsConverted()).isEqualTo(1);
        assertThat(converted.mrr()).isEqualByComparingTo("49.00");
        assertThat(FigureDelta.between(active, moved(active, new PaymentSucceeded(START, PAID))).isEmpty()).isTrue();
        FigureDelta churn = FigureDelta.between(active, moved(active, new CancellationRequested(START)));
        assertThat(churn.churned()).isEqualTo(1);
        assertThat(churn.mrr()).isEqualByComparingTo("-49.00");
        assertThat(FigureDelta.between(trial, moved(trial, new CancellationRequested(START))).churned()).isZero();
    }

    private static SubscriptionTransition apply(Subscription s, SubscriptionEvent e) {
        return SubscriptionMachine.apply(s, e, POLICY);
    }

    private static Subscription moved(Subscription s, SubscriptionEvent e) {
        return ((Moved) apply(s, e)).to();
    }
}
