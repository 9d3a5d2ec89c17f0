package app.parley.conversation.application;

/** Where one outgoing message is; {@code UNKNOWN} when no record exists yet (e.g. an agent reply just queued). */
public enum OutboundState {
    UNKNOWN, QUEUED, SENT, WITHHELD, FAILED,
    /** Handed to the unofficial gateway's queue: the sender is done with it. */
    HANDED_TO_GATEWAY;

    /** Nothing more will be sent for it. */
    public boolean settled() {
        return this == SENT || this == WITHHELD || this == FAILED || this == HANDED_TO_GATEWAY;
    }
}
