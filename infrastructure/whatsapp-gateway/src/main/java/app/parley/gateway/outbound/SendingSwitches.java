package app.parley.gateway.outbound;

import app.parley.gateway.client.SessionRef;
import java.time.Instant;

/** Per-number admin switches, read consistently before every message. */
public interface SendingSwitches {
    /** The admin kill switch: true stops all sending from this number at once. */
    boolean killed(SessionRef session);

    void kill(SessionRef session, boolean killed);

    /** When the number was first linked (the warm-up ramp starts there); recorded on first use. */
    Instant linkedSince(SessionRef session, Instant now);
}
