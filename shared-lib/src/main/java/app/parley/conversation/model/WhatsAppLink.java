package app.parley.conversation.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tenant admin sees of the business's unofficial WhatsApp session: its status, why, the
 * number once linked, and while pairing the current QR or pairing code with when it stops working.
 */
public record WhatsAppLink(SessionId session, SessionStatus status, String detail, String phoneNumber,
                           LoginCode loginCode, Instant updatedAt) {
    public WhatsAppLink {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(status, "status");
    }

    public Optional<LoginCode> code() {
        return Optional.ofNullable(loginCode);
    }

    /** A QR string (render it as a QR code) or a pairing code (type it on the phone); {@code expiresAt} may be null. */
    public record LoginCode(Kind kind, String value, Instant expiresAt) {
        public enum Kind { QR, PAIRING_CODE }
    }
}
