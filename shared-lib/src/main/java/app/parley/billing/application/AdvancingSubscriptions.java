package app.parley.billing.application;

import app.parley.billing.application.SubscriptionChange.AppliedEvent;
import app.parley.billing.model.BillingPolicy;
import app.parley.billing.model.Subscription;
import app.parley.billing.model.SubscriptionEvent;
import app.parley.billing.model.SubscriptionMachine;
import app.parley.billing.model.SubscriptionStatus;
import app.parley.billing.model.SubscriptionTransition;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** Applies one event (schedule, payment, cancellation) to a tenant's subscription and stores the result. */
public final class AdvancingSubscriptions {
    private static final int ATTEMPTS = 3;
    private final Subscriptions subscriptions;
    private final BillingPolicy policy;

    public AdvancingSubscriptions(Subscriptions subscriptions, BillingPolicy policy) {
        this.subscriptions = subscriptions;
        this.policy = policy;
    }

    public sealed interface Advance {
        record Moved(SubscriptionStatus from, Subscription to) implements Advance {}
        record Unchanged(SubscriptionStatus status) implements Advance {}
        record NotAllowed(SubscriptionStatus status) implements Advance {}
        record NoSubscription(TenantId tenant) implements Advance {}
        /** The provider event was applied before (a webhook redelivery). */
        record AlreadyApplied() implements Advance {}
        /** Concurrent writers kept winning; the caller retries later (SQS, the next run). */
        record Conflict(TenantId tenant) implements Advance {}
    }

    /** {@code applied} names the provider event, so that it changes the subscription at most once. */
    public Advance advance(TenantId tenant, SubscriptionEvent event, Optional<AppliedEvent> applied) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Subscription> found = subscriptions.find(tenant);
            if (found.isEmpty()) return new Advance.NoSubscription(tenant);
            Optional<Advance> done = attempt(found.get(), event, applied);
            if (done.isPresent()) return done.get();
        }
        return new Advance.Conflict(tenant);
    }

    private Optional<Advance> attempt(Subscription current, SubscriptionEvent event, Optional<AppliedEvent> applied) {
        return switch (SubscriptionMachine.apply(current, event, policy)) {
            case SubscriptionTransition.Unchanged u -> Optional.of(new Advance.Unchanged(current.status()));
            case SubscriptionTransition.NotAllowed n -> Optional.of(new Advance.NotAllowed(n.status()));
            case SubscriptionTransition.Moved moved -> save(moved, revenue(event), applied);
        };
    }

    private Optional<Advance> save(SubscriptionTransition.Moved moved, Optional<Money> revenue, Optional<AppliedEvent> applied) {
        return switch (subscriptions.save(new SubscriptionChange(moved.from(), moved.to(), applied, revenue))) {
            case SubscriptionSave.Saved saved -> Optional.of(new Advance.Moved(moved.from().status(), saved.subscription()));
            case SubscriptionSave.AlreadyApplied a -> Optional.of(new Advance.AlreadyApplied());
            case SubscriptionSave.Stale s -> Optional.empty();
        };
    }

    private static Optional<Money> revenue(SubscriptionEvent event) {
        return event instanceof SubscriptionEvent.PaymentSucceeded paid ? Optional.of(paid.amount()) : Optional.empty();
    }
}
