package app.parley.gateway.session;

import app.parley.conversation.model.SessionStatus;
import app.parley.gateway.client.SessionRef;
import java.time.Instant;
import java.util.Optional;

/**
 * The session record admins see (the shared WhatsAppSession item): status, the number once
 * linked, and the live QR or pairing code while pairing. Writes from the gateway carry the
 * lease's fence, so a task that lost the session cannot overwrite its status.
 */
public interface SessionBoard {
    /** Unfenced: an admin asked for a login. */
    void loginRequested(SessionRef session, Instant at);

    void status(SessionRef session, long fence, SessionStatus status, String detail, Instant at);

    void loginCode(SessionRef session, long fence, LoginCode code, Instant at);

    void linked(SessionRef session, long fence, String phoneNumber, Instant at);

    Optional<SessionView> find(SessionRef session);

    record LoginCode(Kind kind, String value) {
        /**
         * How long a code is shown as valid: WhatsApp Web replaces its QR reference about every
         * 20 seconds (the gateway then publishes the next one); a pairing code is typed once.
         */
        public enum Kind {
            QR(java.time.Duration.ofSeconds(20)), PAIRING_CODE(java.time.Duration.ofMinutes(3));

            private final java.time.Duration lifetime;

            Kind(java.time.Duration lifetime) { this.lifetime = lifetime; }

            public java.time.Duration lifetime() { return lifetime; }
        }
    }

    /** What the admin screen polls. */
    record SessionView(SessionStatus status, String detail, String phoneNumber, LoginCode loginCode, Instant updatedAt) {}
}
