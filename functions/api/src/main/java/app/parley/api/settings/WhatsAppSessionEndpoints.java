package app.parley.api.settings;

import static app.parley.auth.access.Permission.WHATSAPP_CONNECT;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.settings.WhatsAppSessionBodies.ConnectionView;
import app.parley.api.settings.WhatsAppSessionBodies.LoginInput;
import app.parley.api.settings.WhatsAppSessionBodies.SessionView;
import app.parley.conversation.application.RequestingWhatsAppLogin;
import app.parley.conversation.application.WhatsAppLinks;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import java.util.List;
import java.util.Map;

/**
 * The WhatsApp connection screen: the Cloud API number's state, or the unofficial session's status
 * with the live QR / pairing code (the screen polls it; the gateway replaces the QR as WhatsApp
 * rotates it), and the tenant admin's "link the phone" command. Only tenant admins: whoever sees
 * the QR code could link their own phone to the business's gateway session.
 */
public final class WhatsAppSessionEndpoints {
    private final Tenants tenants;
    private final WhatsAppLinks links;
    private final RequestingWhatsAppLogin requesting;
    private final WhatsAppTokenSecrets tokens;
    private final Auditor audit;

    public WhatsAppSessionEndpoints(Tenants tenants, WhatsAppLinks links, RequestingWhatsAppLogin requesting,
                                    WhatsAppTokenSecrets tokens, Auditor audit) {
        this.tenants = tenants;
        this.links = links;
        this.requesting = requesting;
        this.tokens = tokens;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/settings/whatsapp/session").tag("settings").requires(WHATSAPP_CONNECT)
                        .summary("WhatsApp connection status: the Cloud API number, or the unofficial session with its current QR or pairing code")
                        .returns(ConnectionView.class).handle(this::status),
                Operation.post("/api/settings/whatsapp/session/login").tag("settings").requires(WHATSAPP_CONNECT)
                        .summary("Link the phone to the unofficial gateway by QR code or pairing code (the code then appears in the status)")
                        .accepts(LoginInput.class, "{\"method\":\"pairing_code\",\"phoneNumber\":\"351912345678\"}")
                        .returns(SessionView.class).handle(this::login));
    }

    private Reply status(Call call) {
        Tenant tenant = tenants.find(call.tenant()).orElseThrow(ApiProblem::notFound);
        return Reply.ok(ConnectionView.of(tenant.whatsapp(), tokens.configured(tenant.id()),
                links.current(tenant.id()).map(SessionView::of).orElse(null)));
    }

    private Reply login(Call call) {
        LoginInput input = call.body(LoginInput.class);
        return switch (requesting.request(call.tenant(), input.loginMethod())) {
            case RequestingWhatsAppLogin.Outcome.NotUnofficial refused -> throw ApiProblem.conflict("not_unofficial",
                    "This business's number is on the WhatsApp Cloud API; switch the connection to unofficial before linking a phone.");
            case RequestingWhatsAppLogin.Outcome.Requested requested -> {
                audit.record(call, "WHATSAPP_LOGIN_REQUESTED", null,
                        Map.of("sessionId", requested.link().session().value(), "method", input.method()));
                yield Reply.accepted(SessionView.of(requested.link()));
            }
        };
    }
}
