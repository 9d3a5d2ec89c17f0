package app.parley.assistant.model;

/** One inbound text from the customer. */
public record CustomerMessage(String text) {
    public CustomerMessage {
        text = text == null ? "" : text;
    }
}
