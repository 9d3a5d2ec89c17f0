package app.parley.api.settings;

import static app.parley.auth.access.Permission.PLATFORM_TENANTS_WRITE;
import static app.parley.auth.access.Permission.WHATSAPP_CONNECT;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Check;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantStatus;
import java.util.List;

/**
 * The tenant's WhatsApp Cloud API access token: set by the tenant admin or by the platform, kept only in
 * the secret store where the sender reads it, never answered back and audited without its value.
 */
public final class WhatsAppTokenEndpoints {
    private static final String EXAMPLE = "{\"accessToken\":\"EAAGm0PX4ZCpsBAExampleToken\"}";
    private final WhatsAppTokenSecrets tokens;
    private final Tenants tenants;
    private final Auditor audit;

    public WhatsAppTokenEndpoints(WhatsAppTokenSecrets tokens, Tenants tenants, Auditor audit) {
        this.tokens = tokens;
        this.tenants = tenants;
        this.audit = audit;
    }

    /** The token as sent; printed nowhere (the record's text hides it). */
    public record TokenInput(String accessToken) {
        public TokenInput {
            accessToken = Check.text("accessToken", accessToken, 4096);
            Check.that(accessToken.matches("[\\x21-\\x7E]{20,4096}"), "accessToken", "is the token Meta shows: 20 or more printable characters, no spaces.");
        }

        @Override
        public String toString() { return "TokenInput[accessToken=***]"; }
    }

    public record TokenView(boolean accessTokenConfigured) {}

    public List<Operation> operations() {
        return List.of(
                Operation.put("/api/settings/whatsapp/token").tag("settings").requires(WHATSAPP_CONNECT)
                        .summary("Store the WhatsApp Cloud API access token (write-only: never shown again)")
                        .accepts(TokenInput.class, EXAMPLE).returns(TokenView.class).handle(c -> store(c, c.tenant(), false)),
                Operation.put("/api/platform/tenants/{tenantId}/whatsapp-token").tag("platform").requires(PLATFORM_TENANTS_WRITE)
                        .summary("Store a tenant's WhatsApp Cloud API access token (write-only: never shown again)")
                        .accepts(TokenInput.class, EXAMPLE).returns(TokenView.class).handle(c -> store(c, existing(c), true)));
    }

    private Reply store(Call call, TenantId tenant, boolean byPlatform) {
        TokenView before = new TokenView(tokens.configured(tenant));
        tokens.store(tenant, call.body(TokenInput.class).accessToken());
        TokenView after = new TokenView(true);
        if (byPlatform) audit.recordOnTenant(call, tenant, "WHATSAPP_TOKEN_STORED", before, after);
        else audit.record(call, "WHATSAPP_TOKEN_STORED", before, after);
        return Reply.ok(after);
    }

    private TenantId existing(Call call) {
        return tenants.find(call.id("tenantId", TenantId::new)).filter(t -> t.status() != TenantStatus.HARD_DELETED)
                .map(t -> t.id()).orElseThrow(ApiProblem::notFound);
    }
}
