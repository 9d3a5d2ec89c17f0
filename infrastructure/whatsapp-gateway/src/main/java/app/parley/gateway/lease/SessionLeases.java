package app.parley.gateway.lease;

import app.parley.gateway.client.SessionRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The registry of unofficial sessions; each entry is also the lease that lets one task hold the socket. */
public interface SessionLeases {
    /** Registers the session (or re-activates it) with the login an admin asked for. */
    void request(SessionRef session, LoginRequest login);

    List<LeaseView> all();

    /** Takes a free lease, or one that ended before {@code staleBefore}; empty when another task holds it. */
    Optional<Lease> acquire(SessionRef session, String task, Instant staleBefore, Instant until);

    /** The login succeeded: whoever holds the session next resumes with stored credentials. */
    void markLoggedIn(Lease lease);

    /** Extends a lease still held with the same fence; empty when it was lost. */
    Optional<LeaseView> renew(Lease lease, Instant now, Duration duration);

    void release(Lease lease);

    /** After a logout or ban: no task claims the session again until an admin starts a new login. */
    void deactivate(Lease lease);

    void heartbeatTask(String task, Instant now, Duration ttl);

    int liveTasks(Instant now);

    void removeTask(String task);
}
