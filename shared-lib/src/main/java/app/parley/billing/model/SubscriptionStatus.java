package app.parley.billing.model;

/**
 * A subscription's state. {@link #SUSPENDED_FOR_NON_PAYMENT} is billing's own suspension,
 * distinct from the admin suspension of the tenant lifecycle: automatic replies stop, admins
 * still log in and pay.
 */
public enum SubscriptionStatus {
    TRIALING, ACTIVE, PAST_DUE, SUSPENDED_FOR_NON_PAYMENT, CANCELLED;

    /** Whether the assistant and the sender may send automatic messages for the tenant. */
    public boolean allowsAutomaticReplies() {
        return this == TRIALING || this == ACTIVE || this == PAST_DUE;
    }
}
