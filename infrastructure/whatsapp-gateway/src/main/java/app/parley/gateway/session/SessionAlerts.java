package app.parley.gateway.session;

import app.parley.gateway.client.SessionRef;
import java.time.Instant;

/** Tells the tenant and the platform that a session needs a person. */
public interface SessionAlerts {
    void raise(SessionRef session, Alert alert, String detail, Instant at);

    enum Alert {
        LOGGED_OUT,
        BANNED,
        NEEDS_LOGIN,
        GAVE_UP_RECONNECTING,
        SENDING_PAUSED
    }
}
