package app.parley.gateway.client;

import app.parley.conversation.model.SessionId;
import app.parley.tenancy.model.TenantId;
import java.util.Objects;

/** One tenant's WhatsApp session: the unit that is leased, connected and stored. */
public record SessionRef(TenantId tenant, SessionId session) {
    public SessionRef {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(session, "session");
    }

    @Override
    public String toString() {
        return tenant.value() + "/" + session.value();
    }
}
