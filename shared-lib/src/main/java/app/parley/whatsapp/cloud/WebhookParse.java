package app.parley.whatsapp.cloud;

import java.util.List;

/** The outcome of reading one Cloud API webhook body. */
public sealed interface WebhookParse {

    /**
     * What the body held, grouped by the business number it was sent to (tenant routing is the
     * caller's: map {@code phoneNumberId} to a tenant). Items that could not be used at all, such
     * as a message without an id, are described in {@code skipped}.
     */
    record Parsed(List<NumberUpdates> numbers, List<String> skipped) implements WebhookParse {
        public Parsed {
            numbers = List.copyOf(numbers);
            skipped = List.copyOf(skipped);
        }

        public List<ReceivedMessage> allMessages() {
            return numbers.stream().flatMap(n -> n.messages().stream()).toList();
        }
    }

    /** The body is not a webhook we can read; {@code reason} is a human sentence. */
    record Rejected(String reason) implements WebhookParse {}
}
