package app.parley.gateway.client;

/**
 * The stored credentials of one session, already bound to the session and to the lease's
 * fencing token: a task that lost the lease cannot overwrite what the new owner wrote.
 */
public interface SessionState {
    StateRead load(StatePart part);

    /** False when a newer lease holder has written since (the caller should stop). */
    boolean save(StatePart part, byte[] plaintext);

    /** Forgets the session's credentials (after a logout or ban). */
    void erase();
}
