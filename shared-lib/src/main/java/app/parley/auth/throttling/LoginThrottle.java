package app.parley.auth.throttling;

import app.parley.auth.throttling.ThrottleDecision.Allowed;
import app.parley.auth.throttling.ThrottleDecision.Throttled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts failed logins per account and per client IP and locks either out for a while, longer each
 * time. A success clears the account's record but not the IP's: one valid account must not reset
 * the counter of an IP that is guessing others.
 */
public final class LoginThrottle {
    private final ThrottleStore<FailureRecord> store;
    private final FailureRule perAccount;
    private final FailureRule perClientIp;
    private final Clock clock;

    public LoginThrottle(ThrottleStore<FailureRecord> store, FailureRule perAccount, FailureRule perClientIp, Clock clock) {
        this.store = store;
        this.perAccount = perAccount;
        this.perClientIp = perClientIp;
        this.clock = clock;
    }

    public static LoginThrottle withDefaults(ThrottleStore<FailureRecord> store, Clock clock) {
        return new LoginThrottle(store, FailureRule.PER_ACCOUNT, FailureRule.PER_CLIENT_IP, clock);
    }

    /** Asked before a password is checked; a throttled attempt is not checked and not counted. */
    public ThrottleDecision check(String email, String clientIp) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accountKey(email), now), lockedUntil(ipKey(clientIp), now));
        return now.isBefore(until) ? new Throttled(Duration.between(now, until)) : new Allowed();
    }

    public void failed(String email, String clientIp) {
        Instant now = clock.instant();
        store.update(accountKey(email), FailureRecord.NONE, r -> r.failedAt(now, perAccount));
        store.update(ipKey(clientIp), FailureRecord.NONE, r -> r.failedAt(now, perClientIp));
    }

    public void succeeded(String email) {
        store.remove(accountKey(email));
    }

    private Instant lockedUntil(String key, Instant now) {
        return store.find(key).filter(r -> r.lockedAt(now)).map(FailureRecord::lockedUntil).orElse(Instant.EPOCH);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static String accountKey(String email) {
        return "LOGIN#ACCOUNT#" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    static String ipKey(String clientIp) {
        return "LOGIN#IP#" + (clientIp == null ? "unknown" : clientIp.strip());
    }
}
