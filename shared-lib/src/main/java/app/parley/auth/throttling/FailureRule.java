package app.parley.auth.throttling;

import java.time.Duration;

/**
 * {@code maxFailures} failures within {@code window} lock the key for {@code firstLockout}; each
 * further lockout in a row doubles it, up to {@code maxLockout}. A quiet {@code maxLockout} resets it.
 */
public record FailureRule(int maxFailures, Duration window, Duration firstLockout, Duration maxLockout) {
    public static final FailureRule PER_ACCOUNT = new FailureRule(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(12));
    public static final FailureRule PER_CLIENT_IP = new FailureRule(20, Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(12));

    public FailureRule {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || firstLockout.isNegative()
                || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("not a failure rule");
        }
    }

    Duration lockout(int lockoutsInARow) {
        int doublings = Math.min(Math.max(lockoutsInARow - 1, 0), 30);
        Duration doubled = firstLockout.multipliedBy(1L << doublings);
        return doubled.compareTo(maxLockout) > 0 ? maxLockout : doubled;
    }
}
