package app.parley.billing.application;

import app.parley.billing.model.Subscription;
import app.parley.tenancy.model.TenantId;

/**
 * The one question the pipeline asks billing, before the assistant replies and again before the
 * sender sends: may the platform send automatic messages for this tenant now? A strongly
 * consistent read of the subscription, so a suspension or a reactivation acts on the very next
 * message. TRIALING, ACTIVE and PAST_DUE (in grace) may; SUSPENDED_FOR_NON_PAYMENT and CANCELLED
 * may not. A tenant without a subscription (created before billing, or by the seed) may.
 * This is independent of the tenant lifecycle (admin suspension) and of the AI switches, which
 * the pipeline checks as well.
 */
public final class BillingStanding {
    private final Subscriptions subscriptions;

    public BillingStanding(Subscriptions subscriptions) { this.subscriptions = subscriptions; }

    public boolean allowsAutomaticReplies(TenantId tenant) {
        return allows(subscriptions.find(tenant));
    }

    /** The rule on a subscription already read (none: a tenant from before billing may). */
    public static boolean allows(java.util.Optional<Subscription> subscription) {
        return subscription.map(Subscription::allowsAutomaticReplies).orElse(true);
    }
}
