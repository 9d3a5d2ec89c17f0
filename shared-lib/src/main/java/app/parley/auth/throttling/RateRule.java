package app.parley.auth.throttling;

import java.time.Duration;

/** A token bucket: holds up to {@code capacity} tokens, refilled at {@code tokensPerPeriod} per {@code period}. */
public record RateRule(long capacity, long tokensPerPeriod, Duration period) {
    public RateRule {
        if (capacity < 1 || tokensPerPeriod < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("not a rate rule");
        }
    }

    double tokensPerNano() {
        return (double) tokensPerPeriod / period.toNanos();
    }
}
