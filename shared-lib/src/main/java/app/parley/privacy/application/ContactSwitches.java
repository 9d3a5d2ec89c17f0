package app.parley.privacy.application;

import app.parley.crm.model.CustomerId;
import app.parley.privacy.model.ConsentChange;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Consent history, opt-out state and inbound-rate counters of a tenant's customers. */
public interface ContactSwitches {
    record State(boolean optedOut, Optional<Instant> pausedUntil) {
        public static final State OPEN = new State(false, Optional.empty());
    }

    /** Appends the change to the customer's history and sets the opt-out switch from it. */
    void record(ConsentChange change);

    List<ConsentChange> history(TenantId tenant, CustomerId customer);

    State state(TenantId tenant, CustomerId customer);

    /** Counts one inbound message of the customer in this minute; the count so far. */
    long countInbound(TenantId tenant, CustomerId customer, String minute, Instant expiresAt);

    /** Counts one inbound message of the tenant in this minute; the count so far. */
    long countInbound(TenantId tenant, String minute, Instant expiresAt);

    void pause(TenantId tenant, CustomerId customer, Instant until);

    void pause(TenantId tenant, Instant until);

    Optional<Instant> tenantPausedUntil(TenantId tenant);
}
