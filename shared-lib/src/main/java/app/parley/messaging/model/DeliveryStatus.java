package app.parley.messaging.model;

/** Where an outgoing message is on its way to the customer. */
public enum DeliveryStatus {
    SENT,
    DELIVERED,
    READ,
    FAILED
}
