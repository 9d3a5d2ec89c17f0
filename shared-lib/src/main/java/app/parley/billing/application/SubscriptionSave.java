package app.parley.billing.application;

import app.parley.billing.model.Subscription;

public sealed interface SubscriptionSave {
    record Saved(Subscription subscription) implements SubscriptionSave {}

    /** Someone else wrote the subscription since it was read. */
    record Stale() implements SubscriptionSave {}

    /** The provider event of the change was applied before: nothing was written. */
    record AlreadyApplied() implements SubscriptionSave {}
}
