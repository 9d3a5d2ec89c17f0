package app.parley.conversation.application;

import app.parley.common.model.Ids;
import app.parley.conversation.model.SessionId;
import app.parley.conversation.model.WhatsAppLink;
import app.parley.conversation.model.WhatsAppLoginMethod;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.WhatsAppConnection;
import java.time.Clock;

/**
 * A tenant admin links (or re-links) the business's phone to the unofficial gateway by QR code or
 * pairing code. The tenant's existing session is reused, so the number keeps its warm-up history;
 * the first login makes one. Refused for a tenant on the Cloud API.
 */
public final class RequestingWhatsAppLogin {
    private final Tenants tenants;
    private final WhatsAppLinks links;
    private final Clock clock;

    public RequestingWhatsAppLogin(Tenants tenants, WhatsAppLinks links, Clock clock) {
        this.tenants = tenants;
        this.links = links;
        this.clock = clock;
    }

    public Outcome request(TenantId tenant, WhatsAppLoginMethod method) {
        boolean unofficial = tenants.find(tenant).map(t -> t.whatsapp() instanceof WhatsAppConnection.Unofficial).orElse(false);
        if (!unofficial) return new Outcome.NotUnofficial();
        SessionId session = links.current(tenant).map(WhatsAppLink::session).orElseGet(SessionId::newId);
        links.requestLogin(tenant, session, Ids.next("wlr"), method, clock.instant());
        return new Outcome.Requested(links.current(tenant).orElseThrow());
    }

    public sealed interface Outcome {
        record Requested(WhatsAppLink link) implements Outcome {}

        /** The tenant's number is on the Cloud API: switch the connection to unofficial first. */
        record NotUnofficial() implements Outcome {}
    }
}
