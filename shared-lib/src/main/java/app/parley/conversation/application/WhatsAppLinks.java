package app.parley.conversation.application;

import app.parley.conversation.model.SessionId;
import app.parley.conversation.model.WhatsAppLink;
import app.parley.conversation.model.WhatsAppLoginMethod;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * The tenant's unofficial session as the admin API sees it, and the one command the API gives the
 * gateway: "log this session in". The command is data, not a call: the session record shows
 * CONNECTING and the gateway's session registry carries the request, in one transaction; whichever
 * gateway task holds (or next claims) the session starts the login and publishes the code.
 */
public interface WhatsAppLinks {
    /** The tenant's session (one unofficial number per tenant): the most recently updated one. */
    Optional<WhatsAppLink> current(TenantId tenant);

    void requestLogin(TenantId tenant, SessionId session, String requestId, WhatsAppLoginMethod method, Instant at);
}
