package app.parley.gateway.client;

/** What came of one send. */
public sealed interface SendResult {
    record Sent(String messageId) implements SendResult {}

    /** The socket or WhatsApp refused; {@code retryable} says whether the same message may be tried again. */
    record Failed(String reason, boolean retryable) implements SendResult {}
}
