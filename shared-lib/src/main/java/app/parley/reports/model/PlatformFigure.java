package app.parley.reports.model;

/** A platform-wide daily counter (super admin trends), written when its event happens. */
public enum PlatformFigure {
    TENANTS_REGISTERED("tenantsRegistered"),
    MESSAGES_IN("messagesIn"),
    MESSAGES_OUT("messagesOut"),
    REVIEWS_RECEIVED("reviewsReceived"),
    RATING_SUM("ratingSum"),
    NEGATIVE_REVIEWS("negativeReviews"),
    TICKETS_OPENED("ticketsOpened"),
    CONVERSATIONS_STARTED("conversationsStarted"),
    ESCALATIONS("escalations"),
    ORDERS_REQUESTED("ordersRequested"),
    ORDERS_APPROVED("ordersApproved"),
    ORDERS_REJECTED("ordersRejected");

    private final String attribute;

    PlatformFigure(String attribute) { this.attribute = attribute; }

    public String attribute() { return attribute; }
}
