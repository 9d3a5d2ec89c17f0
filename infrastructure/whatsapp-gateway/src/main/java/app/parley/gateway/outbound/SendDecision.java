package app.parley.gateway.outbound;

import java.time.Duration;
import java.time.Instant;

/** What the governor says about one message. */
public sealed interface SendDecision {
    /** Go ahead: show "seen" after {@code readDelay}, then type for {@code typing}. */
    record Send(Duration readDelay, Duration typing) implements SendDecision {}

    /** A budget or an error-storm pause: try again at {@code notBefore}. */
    record Defer(Instant notBefore, String reason) implements SendDecision {}

    /** Never send this one (reply-first policy). */
    record Refuse(String reason) implements SendDecision {}
}
