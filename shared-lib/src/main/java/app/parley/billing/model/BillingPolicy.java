package app.parley.billing.model;

import java.time.Duration;
import java.util.Objects;

/** Platform-wide billing rules: how long a past-due tenant keeps service before suspension. */
public record BillingPolicy(Duration gracePeriod) {
    public BillingPolicy {
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (gracePeriod.isNegative()) throw new IllegalArgumentException("gracePeriod");
    }

    public static BillingPolicy defaults() { return new BillingPolicy(Duration.ofDays(7)); }
}
