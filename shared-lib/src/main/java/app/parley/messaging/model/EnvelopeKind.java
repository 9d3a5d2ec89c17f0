package app.parley.messaging.model;

import java.util.Optional;

/** Which envelope a queue message carries; sent as the message attribute {@value #ATTRIBUTE}. */
public enum EnvelopeKind {
    INBOUND_MESSAGE,
    STATUS_REPORT,
    OUTBOUND_MESSAGE;

    public static final String ATTRIBUTE = "envelope";

    /** An absent or unknown attribute reads as empty; callers decide from the queue what is meant. */
    public static Optional<EnvelopeKind> parse(String value) {
        if (value == null) return Optional.empty();
        for (EnvelopeKind kind : values()) if (kind.name().equals(value)) return Optional.of(kind);
        return Optional.empty();
    }
}
