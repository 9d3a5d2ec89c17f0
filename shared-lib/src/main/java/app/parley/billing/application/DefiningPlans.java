package app.parley.billing.application;

import app.parley.billing.model.Plan;
import java.util.Optional;

/** Super admin: creates or changes a plan. Subscriptions keep the price they started with. */
public final class DefiningPlans {
    private final Plans plans;

    public DefiningPlans(Plans plans) { this.plans = plans; }

    public sealed interface Definition {
        record Defined(Plan plan) implements Definition {}
        /** A plan's currency never changes: subscriptions and figures are kept in it. */
        record CurrencyChangeRefused(Plan stored) implements Definition {}
    }

    public Definition define(Plan plan) {
        Optional<Plan> stored = plans.find(plan.id());
        if (stored.isPresent() && !stored.get().currency().equals(plan.currency())) {
            return new Definition.CurrencyChangeRefused(stored.get());
        }
        plans.save(plan);
        return new Definition.Defined(plan);
    }
}
