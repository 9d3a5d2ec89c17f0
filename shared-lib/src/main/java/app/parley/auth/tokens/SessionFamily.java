package app.parley.auth.tokens;

import app.parley.auth.access.Principal;
import java.time.Instant;

/**
 * One login session: the refresh tokens that descend from one login. {@code expiresAt} is the
 * absolute end (also the storage TTL); idle expiry is {@code lastRefreshedAt} plus the idle timeout.
 */
public record SessionFamily(
        SessionRef ref, Principal principal, Instant startedAt, Instant lastRefreshedAt, Instant expiresAt, Status status) {

    public enum Status { ACTIVE, LOGGED_OUT, REUSE_DETECTED, ACCOUNT_DISABLED }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    SessionFamily refreshedAt(Instant at) {
        return new SessionFamily(ref, principal, startedAt, at, expiresAt, status);
    }

    SessionFamily revoked(Status why) {
        return active() ? new SessionFamily(ref, principal, startedAt, lastRefreshedAt, expiresAt, why) : this;
    }
}
