package app.parley.gateway.session;

import app.parley.conversation.model.SessionId;
import app.parley.gateway.client.Login;
import app.parley.tenancy.model.TenantId;
import java.util.Objects;

/** An admin asks to link (or re-link) the tenant's number; a null session starts a new one. */
public record StartWhatsAppLogin(TenantId tenant, SessionId session, Login login) {
    public StartWhatsAppLogin {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(login, "login");
    }
}
