package app.parley.billing.model;

/** The result of applying one event to a subscription. */
public sealed interface SubscriptionTransition {
    /** The subscription changed (its status may be the same, e.g. a renewal extends the paid period). */
    record Moved(Subscription from, Subscription to) implements SubscriptionTransition {}

    /** Nothing to do (no deadline passed yet; a failed payment while already past due). */
    record Unchanged(Subscription subscription) implements SubscriptionTransition {}

    /** The event makes no sense in this state (anything on a cancelled subscription). */
    record NotAllowed(SubscriptionStatus status, SubscriptionEvent event) implements SubscriptionTransition {}
}
