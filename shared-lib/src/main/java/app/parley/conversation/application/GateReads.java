package app.parley.conversation.application;

import app.parley.billing.model.Subscription;
import app.parley.crm.model.CustomerId;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/**
 * The tenant's side of the reply gate, read together on every check and never cached: the tenant
 * (status, AI switch), its subscription, its flood pause and the customer's own switches. Strongly
 * consistent, so a flip acts on the very next message; one round trip where the store allows it.
 */
public interface GateReads {
    Reading read(TenantId tenant, Optional<CustomerId> customer);

    /** An absent subscription is a tenant from before billing (or the seed); an absent customer reads as open. */
    record Reading(Optional<Tenant> tenant, Optional<Subscription> subscription, CustomerState customer) {}
}
