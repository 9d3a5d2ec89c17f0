package app.parley.billing.application;

import app.parley.billing.model.Plan;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/**
 * Whether a tenant's plan has room for one more active user. A tenant without a subscription
 * (created before billing, or the platform's own) is not limited; a plan that no longer exists
 * does not lock anyone out either.
 */
public final class CheckingSeats {
    public sealed interface Seats {
        record Available() implements Seats {}
        record Full(int maxUsers) implements Seats {}
    }

    private final Subscriptions subscriptions;
    private final Plans plans;

    public CheckingSeats(Subscriptions subscriptions, Plans plans) {
        this.subscriptions = subscriptions;
        this.plans = plans;
    }

    public Seats check(TenantId tenant, long activeUsers) {
        Optional<Plan> plan = subscriptions.find(tenant).flatMap(s -> plans.find(s.plan()));
        if (plan.isPresent() && activeUsers >= plan.get().maxUsers()) return new Seats.Full(plan.get().maxUsers());
        return new Seats.Available();
    }
}
