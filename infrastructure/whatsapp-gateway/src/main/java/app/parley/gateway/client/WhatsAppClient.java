package app.parley.gateway.client;

/**
 * One WhatsApp Web multi-device socket for one session. The Cobalt adapter speaks to WhatsApp;
 * tests use an in-process implementation because the real servers are unreachable from them.
 * Credentials are read and written through the session vault the factory was given.
 */
public interface WhatsAppClient {

    /** Opens the socket; events arrive on {@code events}. NoCredentials when StoredCredentials has nothing to resume. */
    ConnectResult connect(Login login, SessionEvents events);

    SendResult sendText(String toWaId, String text, String quotedMessageId);

    SendResult sendImage(String toWaId, OutgoingMedia image, String quotedMessageId);

    SendResult sendDocument(String toWaId, OutgoingMedia document, String quotedMessageId);

    /** "typing…" on (composing) or off (paused) in the customer's chat. */
    void typing(String toWaId, boolean composing);

    /** Blue ticks on a customer's message. */
    void markRead(String fromWaId, String messageId);

    /** Closes the socket and keeps the stored credentials. */
    void disconnect();

    sealed interface ConnectResult {
        record Connecting() implements ConnectResult {}

        record NoCredentials() implements ConnectResult {}

        record Failed(String reason) implements ConnectResult {}
    }
}
