package app.parley.messaging.model;

/** Who wrote an outgoing message. */
public enum MessageOrigin {
    AI,
    AGENT,
    SYSTEM
}
