package app.parley.messaging.application;

/** What became of one Cloud API webhook POST; the handler maps it to an HTTP status. */
public sealed interface WebhookReceipt {
    /** Queued (or nothing to queue); {@code dropped} counts updates for numbers no tenant owns. */
    record Queued(int messages, int statuses, int dropped) implements WebhookReceipt {}

    /** Missing or wrong {@code X-Hub-Signature-256}: nothing was read, stored or queued. */
    record BadSignature() implements WebhookReceipt {}

    /** Signed, but not a webhook body we can read. */
    record Unreadable(String reason) implements WebhookReceipt {}

    /** The queue did not take everything: Meta must retry (ids deduplicate what did get in). */
    record NotQueued() implements WebhookReceipt {}
}
