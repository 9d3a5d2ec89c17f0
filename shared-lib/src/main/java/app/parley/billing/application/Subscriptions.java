package app.parley.billing.application;

import app.parley.billing.model.Subscription;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Subscriptions {
    /** Strongly consistent: the state as of now (the pipeline's standing check relies on it). */
    Optional<Subscription> find(TenantId tenant);

    /** The change, its figure deltas, revenue and applied-event marker, all or nothing. */
    SubscriptionSave save(SubscriptionChange change);

    /** Tenants whose subscription deadline is at or before {@code now} (a platform list, no scan). */
    List<TenantId> dueBy(Instant now);

    /** Every tenant that has a subscription (the platform registry of subscriptions). */
    List<TenantId> subscribed();
}
