package app.parley.conversation.model;

public sealed interface MessageAppend {
    record Appended(Message message) implements MessageAppend {}
    /** WhatsApp delivered this message before (retried webhook, redelivered queue message). */
    record Duplicate(String externalId) implements MessageAppend {}
}
