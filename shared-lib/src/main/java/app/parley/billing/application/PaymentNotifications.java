package app.parley.billing.application;

import app.parley.billing.model.PaymentEvent;

/** Verifies a provider webhook (signature, timestamp tolerance) and reads what it says. */
public interface PaymentNotifications {
    String provider();

    Notification verify(String payload, String signatureHeader);

    sealed interface Notification {
        record Verified(PaymentEvent event) implements Notification {}
        /** Authentic, but not an event billing acts on. */
        record Irrelevant(String eventId, String type) implements Notification {}
        record Rejected(String reason) implements Notification {}
    }
}
