package app.parley.conversation.application;

/** Where one outgoing message is; {@code UNKNOWN} when no record exists yet (e.g. an agent reply just queued). */
public enum OutboundState {
    UNKNOWN, QUEUED, SENT, WITHHELD, FAILED,
    /**
     * Sent, but no answer came (timeout, reset): Meta may have accepted it. Not re-sent while its status webhook
     * may still come; settled by that status, or re-sent once the sender's doubt window has passed without one.
     */
    IN_DOUBT,
    /** Handed to the unofficial gateway's queue: the sender is done with it. */
    HANDED_TO_GATEWAY;

    /** Nothing more will be sent for it. */
    public boolean settled() {
        return this == SENT || this == WITHHELD || this == FAILED || this == HANDED_TO_GATEWAY;
    }
}
