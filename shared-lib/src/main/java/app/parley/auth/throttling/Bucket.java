package app.parley.auth.throttling;

import java.time.Duration;
import java.time.Instant;

/** A token bucket's state: tokens left as of {@code at}. */
public record Bucket(double tokens, Instant at) {
    static Bucket full(RateRule rule, Instant now) {
        return new Bucket(rule.capacity(), now);
    }

    Bucket refilledAt(Instant now, RateRule rule) {
        if (!now.isAfter(at)) return this;
        double refill = Duration.between(at, now).toNanos() * rule.tokensPerNano();
        return new Bucket(Math.min(rule.capacity(), tokens + refill), now);
    }

    Duration untilOneToken(RateRule rule) {
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / rule.tokensPerNano()));
    }
}
