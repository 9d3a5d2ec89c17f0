package app.parley.billing.model;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * How one subscription change moves the platform figures (kept as counters, never recomputed
 * by scanning): trials started and converted, active subscriptions, suspensions, churn, MRR.
 * MRR counts ACTIVE subscriptions at their locked monthly price.
 */
public record FigureDelta(long trialsStarted, long trialsConverted, long active, long suspensions, long churned,
                          Currency currency, BigDecimal mrr) {

    /** {@code from} is null for a subscription that did not exist before. */
    public static FigureDelta between(Subscription from, Subscription to) {
        long activeChange = activeCount(to) - activeCount(from);
        return new FigureDelta(
                from == null && to.status() == SubscriptionStatus.TRIALING ? 1 : 0,
                !everPaid(from) && to.everPaid() ? 1 : 0,
                activeChange,
                entered(from, to, SubscriptionStatus.SUSPENDED_FOR_NON_PAYMENT) ? 1 : 0,
                entered(from, to, SubscriptionStatus.CANCELLED) && to.everPaid() ? 1 : 0,
                to.monthlyPrice().currency(),
                to.monthlyPrice().amount().multiply(BigDecimal.valueOf(activeChange)));
    }

    public boolean isEmpty() {
        return trialsStarted == 0 && trialsConverted == 0 && active == 0 && suspensions == 0 && churned == 0
                && mrr.signum() == 0;
    }

    private static long activeCount(Subscription s) {
        return s != null && s.status() == SubscriptionStatus.ACTIVE ? 1 : 0;
    }

    private static boolean everPaid(Subscription s) {
        return s != null && s.everPaid();
    }

    private static boolean entered(Subscription from, Subscription to, SubscriptionStatus status) {
        return to.status() == status && (from == null || from.status() != status);
    }
}
