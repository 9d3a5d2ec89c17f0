package app.parley.gateway.outbound;

import app.parley.gateway.session.HeldSession;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** The sessions this task holds, looked up by tenant (one unofficial number per tenant). */
@FunctionalInterface
public interface HeldSessions {
    Optional<HeldSession> connected(TenantId tenant);
}
