package app.parley.gateway.lease;

import app.parley.gateway.client.SessionRef;
import java.time.Instant;

/** A registered session as the registry shows it: who holds it (if anyone) and which login is wanted. */
public record LeaseView(SessionRef session, String owner, Instant until, long fence, boolean active, LoginRequest login) {
    /** Free, or its holder's lease ended before {@code staleBefore}. */
    public boolean claimable(Instant staleBefore) {
        return active && (owner == null || !until.isAfter(staleBefore));
    }

    public boolean heldBy(String task, Instant now) {
        return task.equals(owner) && until.isAfter(now);
    }
}
