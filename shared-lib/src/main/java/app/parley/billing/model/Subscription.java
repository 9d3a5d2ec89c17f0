package app.parley.billing.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's subscription to a plan. The monthly price is locked when the subscription starts
 * (the plan may change later; figures such as MRR stay exact). Transitions are
 * {@link SubscriptionMachine}'s; the withers below are the states it moves to.
 *
 * @param paidThrough end of the paid period, null before the first payment
 * @param graceEndsAt set only while {@link SubscriptionStatus#PAST_DUE}
 * @param everPaid whether a payment ever succeeded (trial conversion and churn are counted once)
 */
public record Subscription(TenantId tenant, PlanId plan, Money monthlyPrice, SubscriptionStatus status,
                           Instant startedAt, Instant trialEndsAt, Instant paidThrough, Instant graceEndsAt,
                           boolean everPaid, String providerCustomerId, long version) {
    public Subscription {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(monthlyPrice, "monthlyPrice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(trialEndsAt, "trialEndsAt");
        if (status == SubscriptionStatus.PAST_DUE) Objects.requireNonNull(graceEndsAt, "graceEndsAt");
        if (status == SubscriptionStatus.ACTIVE) Objects.requireNonNull(paidThrough, "paidThrough");
    }

    /** A new subscription in its free trial (version 0: not stored yet). */
    public static Subscription trial(TenantId tenant, Plan plan, Instant now) {
        return new Subscription(tenant, plan.id(), plan.monthlyPrice(), SubscriptionStatus.TRIALING, now,
                now.plus(Duration.ofDays(plan.trialDays())), null, null, false, null, 0);
    }

    /** The moment the daily schedule must look at this subscription again, if any. */
    public Optional<Instant> deadline() {
        return Optional.ofNullable(switch (status) {
            case TRIALING -> trialEndsAt;
            case ACTIVE -> paidThrough;
            case PAST_DUE -> graceEndsAt;
            case SUSPENDED_FOR_NON_PAYMENT, CANCELLED -> null;
        });
    }

    public boolean allowsAutomaticReplies() { return status.allowsAutomaticReplies(); }

    Subscription pastDue(Instant since, BillingPolicy policy) {
        return with(SubscriptionStatus.PAST_DUE, paidThrough, since.plus(policy.gracePeriod()), everPaid);
    }

    Subscription suspended() {
        return with(SubscriptionStatus.SUSPENDED_FOR_NON_PAYMENT, paidThrough, null, everPaid);
    }

    Subscription cancelled() {
        return with(SubscriptionStatus.CANCELLED, paidThrough, null, everPaid);
    }

    /** One month more, counted from the later of the payment and what is already granted (trial, paid period). */
    Subscription paid(Instant at) {
        Instant from = at;
        if (status == SubscriptionStatus.TRIALING && trialEndsAt.isAfter(from)) from = trialEndsAt;
        if (status == SubscriptionStatus.ACTIVE && paidThrough.isAfter(from)) from = paidThrough;
        Instant through = from.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
        return with(SubscriptionStatus.ACTIVE, through, null, true);
    }

    public Subscription withCustomer(String customerId) {
        return new Subscription(tenant, plan, monthlyPrice, status, startedAt, trialEndsAt, paidThrough, graceEndsAt,
                everPaid, customerId, version);
    }

    public Subscription withVersion(long next) {
        return new Subscription(tenant, plan, monthlyPrice, status, startedAt, trialEndsAt, paidThrough, graceEndsAt,
                everPaid, providerCustomerId, next);
    }

    private Subscription with(SubscriptionStatus next, Instant through, Instant grace, boolean paid) {
        return new Subscription(tenant, plan, monthlyPrice, next, startedAt, trialEndsAt, through, grace, paid,
                providerCustomerId, version);
    }
}
