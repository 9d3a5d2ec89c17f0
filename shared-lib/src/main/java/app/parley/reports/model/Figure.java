package app.parley.reports.model;

/**
 * A per-tenant daily counter, written when its event happens (never recomputed from the tables).
 * {@code attribute} is its name on the sharded {@code DAILY#} counter items (messagesIn/messagesOut
 * are the pipeline's usage counters, kept under their original names).
 */
public enum Figure {
    MESSAGES_IN("messagesIn"),
    MESSAGES_OUT("messagesOut"),
    SENT_BY_AI("sentByAi"),
    SENT_BY_STAFF("sentByStaff"),
    CONVERSATIONS_STARTED("conversationsStarted"),
    ESCALATIONS("escalations"),
    TICKETS_OPENED("ticketsOpened"),
    TICKETS_RESOLVED("ticketsResolved"),
    TICKETS_CLOSED("ticketsClosed"),
    ORDERS_REQUESTED("ordersRequested"),
    ORDERS_APPROVED("ordersApproved"),
    ORDERS_REJECTED("ordersRejected"),
    REVIEWS_REQUESTED("reviewsRequested"),
    REVIEWS_RECEIVED("reviewsReceived"),
    RATING_SUM("ratingSum"),
    NEGATIVE_REVIEWS("negativeReviews"),
    STAFF_ACTIONS("staffActions");

    /** Per-user activity is kept as one attribute per user: this prefix and the user id. */
    public static final String ACTIVITY_PREFIX = "activity#";

    private final String attribute;

    Figure(String attribute) { this.attribute = attribute; }

    public String attribute() { return attribute; }
}
