package app.parley.auth.throttling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Recent failures of one key (a sliding-window log of at most {@code maxFailures} instants), how
 * many lockouts in a row it earned, and until when it is locked.
 */
public record FailureRecord(List<Instant> failures, int lockoutsInARow, Instant lockedUntil, Instant lastFailureAt) {
    static final FailureRecord NONE = new FailureRecord(List.of(), 0, Instant.EPOCH, Instant.EPOCH);

    public FailureRecord {
        failures = List.copyOf(failures);
    }

    boolean lockedAt(Instant now) {
        return now.isBefore(lockedUntil);
    }

    FailureRecord failedAt(Instant now, FailureRule rule) {
        int lockouts = now.isAfter(lastFailureAt.plus(rule.maxLockout())) ? 0 : lockoutsInARow;
        List<Instant> recent = new ArrayList<>(failures.stream().filter(f -> f.isAfter(now.minus(rule.window()))).toList());
        recent.add(now);
        if (recent.size() < rule.maxFailures()) return new FailureRecord(recent, lockouts, lockedUntil, now);
        int next = lockouts + 1;
        return new FailureRecord(List.of(), next, now.plus(rule.lockout(next)), now);
    }
}
