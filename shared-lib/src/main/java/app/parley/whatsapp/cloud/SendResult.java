package app.parley.whatsapp.cloud;

/** The outcome of sending one message. */
public sealed interface SendResult permits SendResult.Sent, GraphFailure {

    /** Meta accepted the message and gave it this id; delivery is reported later by status webhooks. */
    record Sent(String wamid) implements SendResult {}
}
