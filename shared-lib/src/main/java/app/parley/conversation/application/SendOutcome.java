package app.parley.conversation.application;

import java.time.Duration;

/** What became of one outgoing message at the sender. */
public sealed interface SendOutcome {
    record Sent(String wamid) implements SendOutcome {}

    /** The tenant's number is on the unofficial gateway: handed to its outbound queue, which paces and sends it. */
    record HandedToGateway() implements SendOutcome {}

    /** Sent, withheld or failed before: nothing done (a redelivery). */
    record AlreadySettled(OutboundState state) implements SendOutcome {}

    /** Not sent because a switch, the tenant's status or a takeover says so; recorded, never retried. */
    record Withheld(SkipReason reason) implements SendOutcome {}

    /** Meta is unavailable or throttling (or the breaker is open): try again after {@code delay}. */
    record RetryLater(Duration delay, String why) implements SendOutcome {}

    /**
     * Sent without an answer (or still waiting for the status webhook that settles such a send): not re-sent now;
     * look again after {@code recheckAfter}. Later messages of the customer wait behind it (FIFO group), in order.
     */
    record InDoubt(Duration recheckAfter, String why) implements SendOutcome {}

    /** Meta refused for good (e.g. 131047 outside the 24-hour window); recorded, never retried. */
    record Failed(int code, String reason) implements SendOutcome {}
}
