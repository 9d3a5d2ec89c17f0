package app.parley.auth.throttling;

import app.parley.auth.throttling.ThrottleDecision.Allowed;
import app.parley.auth.throttling.ThrottleDecision.Throttled;
import java.time.Clock;
import java.time.Instant;

/**
 * Token bucket per key (a tenant, a token id, an IP): each request takes one token; with none left
 * the answer is 429 with {@code Retry-After} until the next token.
 */
public final class RateLimiter {
    private final ThrottleStore<Bucket> store;
    private final RateRule rule;
    private final Clock clock;

    public RateLimiter(ThrottleStore<Bucket> store, RateRule rule, Clock clock) {
        this.store = store;
        this.rule = rule;
        this.clock = clock;
    }

    public ThrottleDecision acquire(String key) {
        Instant now = clock.instant();
        boolean[] taken = {false};
        Bucket after = store.update(key, Bucket.full(rule, now), bucket -> {
            Bucket refilled = bucket.refilledAt(now, rule);
            taken[0] = refilled.tokens() >= 1;
            return taken[0] ? new Bucket(refilled.tokens() - 1, now) : refilled;
        });
        return taken[0] ? new Allowed() : new Throttled(after.untilOneToken(rule));
    }
}
