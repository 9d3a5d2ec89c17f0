package app.parley.billing.application;

import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.Subscription;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.Optional;

/** Subscribes a tenant to a plan, starting with the plan's free trial. */
public final class StartingTrials {
    private final Plans plans;
    private final Subscriptions subscriptions;
    private final Clock clock;

    public StartingTrials(Plans plans, Subscriptions subscriptions, Clock clock) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    public sealed interface TrialStart {
        record Started(Subscription subscription) implements TrialStart {}
        record AlreadySubscribed(Subscription subscription) implements TrialStart {}
        record UnknownPlan(PlanId plan) implements TrialStart {}
    }

    public TrialStart start(TenantId tenant, PlanId planId) {
        Optional<Plan> plan = plans.find(planId);
        if (plan.isEmpty()) return new TrialStart.UnknownPlan(planId);
        Subscription trial = Subscription.trial(tenant, plan.get(), clock.instant());
        return switch (subscriptions.save(SubscriptionChange.of(null, trial))) {
            case SubscriptionSave.Saved saved -> new TrialStart.Started(saved.subscription());
            case SubscriptionSave.Stale stale -> new TrialStart.AlreadySubscribed(subscriptions.find(tenant).orElseThrow());
            case SubscriptionSave.AlreadyApplied applied -> throw new IllegalStateException("no event was given");
        };
    }
}
