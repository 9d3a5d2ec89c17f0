package app.parley.billing.model;

import app.parley.common.model.Money;
import java.time.Instant;
import java.util.Objects;

/** What moves a subscription: the daily schedule, payment events, the tenant cancelling. */
public sealed interface SubscriptionEvent {
    Instant at();

    /** The daily schedule ran at {@code at}: deadlines (trial end, paid-through, grace end) that passed take effect. */
    record DayPassed(Instant at) implements SubscriptionEvent {
        public DayPassed { Objects.requireNonNull(at, "at"); }
    }

    record PaymentSucceeded(Instant at, Money amount) implements SubscriptionEvent {
        public PaymentSucceeded { Objects.requireNonNull(at, "at"); Objects.requireNonNull(amount, "amount"); }
    }

    record PaymentFailed(Instant at) implements SubscriptionEvent {
        public PaymentFailed { Objects.requireNonNull(at, "at"); }
    }

    record CancellationRequested(Instant at) implements SubscriptionEvent {
        public CancellationRequested { Objects.requireNonNull(at, "at"); }
    }
}
