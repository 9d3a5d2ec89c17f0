package app.parley.billing.application;

import app.parley.billing.model.FigureDelta;
import app.parley.billing.model.Subscription;
import app.parley.common.model.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One write of a subscription: {@code before} is what was read (null for a new one); the
 * figure deltas follow from both; {@code appliedEvent} makes a provider event apply once.
 */
public record SubscriptionChange(Subscription before, Subscription after, Optional<AppliedEvent> appliedEvent,
                                 Optional<Money> revenue) {
    public SubscriptionChange {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(appliedEvent, "appliedEvent");
        Objects.requireNonNull(revenue, "revenue");
    }

    public record AppliedEvent(String provider, String eventId) {}

    public static SubscriptionChange of(Subscription before, Subscription after) {
        return new SubscriptionChange(before, after, Optional.empty(), Optional.empty());
    }

    public FigureDelta figures() { return FigureDelta.between(before, after); }
}
