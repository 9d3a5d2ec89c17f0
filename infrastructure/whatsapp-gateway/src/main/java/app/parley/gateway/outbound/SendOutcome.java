package app.parley.gateway.outbound;

import java.time.Instant;

/** What came of one outbound message on the unofficial channel. */
public sealed interface SendOutcome {
    record Sent(String externalMessageId) implements SendOutcome {}

    record Deferred(Instant notBefore, String reason) implements SendOutcome {}

    /** Will never be sent (kill switch, reply-first); the message is dropped and logged. */
    record Refused(String reason) implements SendOutcome {}

    /** The session is not connected on this task: another task (or a later try) takes it. */
    record NotHeldHere() implements SendOutcome {}

    record Failed(String reason, boolean retryable) implements SendOutcome {}
}
