package app.parley.billing.model;

import app.parley.billing.model.SubscriptionEvent.CancellationRequested;
import app.parley.billing.model.SubscriptionEvent.DayPassed;
import app.parley.billing.model.SubscriptionEvent.PaymentFailed;
import app.parley.billing.model.SubscriptionEvent.PaymentSucceeded;
import app.parley.billing.model.SubscriptionTransition.Moved;
import app.parley.billing.model.SubscriptionTransition.NotAllowed;
import app.parley.billing.model.SubscriptionTransition.Unchanged;
import java.time.Instant;

/**
 * The subscription state machine.
 * <pre>
 * TRIALING  --trial end passed-->        PAST_DUE (grace from the trial end)
 * TRIALING  --payment succeeded-->       ACTIVE   (paid through trial end + 1 month)
 * ACTIVE    --paid-through passed-->     PAST_DUE (grace from the paid-through date)
 * ACTIVE    --payment failed-->          PAST_DUE (grace from the failure)
 * ACTIVE    --payment succeeded-->       ACTIVE   (one more month)
 * PAST_DUE  --grace end passed-->        SUSPENDED_FOR_NON_PAYMENT
 * PAST_DUE, SUSPENDED --payment succeeded--> ACTIVE
 * any but CANCELLED --cancellation-->    CANCELLED; nothing leaves CANCELLED (a new subscription starts over)
 * </pre>
 * A day that finds several deadlines passed (the schedule missed days) applies them all.
 */
public final class SubscriptionMachine {
    private SubscriptionMachine() {}

    public static SubscriptionTransition apply(Subscription s, SubscriptionEvent event, BillingPolicy policy) {
        if (s.status() == SubscriptionStatus.CANCELLED) return new NotAllowed(s.status(), event);
        return switch (event) {
            case DayPassed day -> dayPassed(s, day.at(), policy);
            case PaymentSucceeded paid -> new Moved(s, s.paid(paid.at()));
            case PaymentFailed failed -> s.status() == SubscriptionStatus.ACTIVE
                    ? new Moved(s, s.pastDue(failed.at(), policy)) : new Unchanged(s);
            case CancellationRequested cancel -> new Moved(s, s.cancelled());
        };
    }

    private static SubscriptionTransition dayPassed(Subscription s, Instant now, BillingPolicy policy) {
        Subscription current = s;
        for (Subscription next = step(current, now, policy); next != current; next = step(current, now, policy)) {
            current = next;
        }
        return current == s ? new Unchanged(s) : new Moved(s, current);
    }

    /** One passed deadline applied, or the same instance when none passed. */
    private static Subscription step(Subscription s, Instant now, BillingPolicy policy) {
        return switch (s.status()) {
            case TRIALING -> passed(s.trialEndsAt(), now) ? s.pastDue(s.trialEndsAt(), policy) : s;
            case ACTIVE -> passed(s.paidThrough(), now) ? s.pastDue(s.paidThrough(), policy) : s;
            case PAST_DUE -> passed(s.graceEndsAt(), now) ? s.suspended() : s;
            case SUSPENDED_FOR_NON_PAYMENT, CANCELLED -> s;
        };
    }

    private static boolean passed(Instant deadline, Instant now) {
        return !now.isBefore(deadline);
    }
}
