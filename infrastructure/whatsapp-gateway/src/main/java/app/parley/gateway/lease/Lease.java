package app.parley.gateway.lease;

import app.parley.gateway.client.SessionRef;
import java.time.Instant;

/**
 * The right to hold one session's socket until {@code until}. The fencing token grows with every
 * new holder; stored writes carry it, so a holder that lost the lease cannot overwrite anything.
 */
public record Lease(SessionRef session, String owner, long fence, Instant until) {
    public Lease renewedUntil(Instant later) {
        return new Lease(session, owner, fence, later);
    }
}
