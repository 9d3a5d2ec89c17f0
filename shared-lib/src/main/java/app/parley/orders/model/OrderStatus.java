package app.parley.orders.model;

/** Orders start PENDING; only a person moves them on, and only from PENDING. */
public enum OrderStatus {
    PENDING, APPROVED, REJECTED, CANCELLED;

    public boolean isDecision() { return this != PENDING; }
}
