package app.parley.whatsapp.cloud;

/** The outcome of sending one message. */
public sealed interface SendResult permits SendResult.Sent, SendResult.OutcomeUnknown, GraphFailure {

    /** Meta accepted the message and gave it this id; delivery is reported later by status webhooks. */
    record Sent(String wamid) implements SendResult {}

    /**
     * The request may have reached Meta but no answer came (timeout, connection reset after it was written):
     * Meta may have accepted it. Not a failure: sending again could give the customer the message twice.
     * The status webhook (matched by the send's {@code biz_opaque_callback_data}) tells what became of it.
     */
    record OutcomeUnknown(String why) implements SendResult {}
}
