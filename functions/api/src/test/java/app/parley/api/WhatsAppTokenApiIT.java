package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.auth.access.AccessRole;
import app.parley.conversation.infrastructure.SecretWhatsAppTokens;
import app.parley.persistence.Workload;
import app.parley.platform.infrastructure.SecretsManagerSecrets;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Cloud API access token goes to Secrets Manager (moto_server) under the sender's name and never comes back. */
class WhatsAppTokenApiIT {
    private static final String TOKEN = "EAAGm0PX4ZCpsBA-secret-value-0123456789";
    private static ApiFixture api;
    private static Workload w;
    private static String admin;
    private static String superAdmin;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        w = Workload.create(api.tables(), "token-api", "100200377");
        admin = api.token(w.tenant().id(), w.user().id().value(), AccessRole.TENANT_ADMIN);
        superAdmin = api.token(null, "usr_01J00000000000000000000000", AccessRole.SUPER_ADMIN);
    }

    @AfterAll
    static void stop() { api.close(); }

    @Test
    void the_tenant_admin_stores_the_token_where_the_sender_reads_it_and_sees_only_that_it_is_configured() {
        assertThat(api.call("GET", "/api/settings", admin, null).json().at("/whatsapp/accessTokenConfigured").asBoolean()).isFalse();

        var stored = api.call("PUT", "/api/settings/whatsapp/token", admin, "{\"accessToken\":\"" + TOKEN + "\"}");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).doesNotContain(TOKEN).contains("\"accessTokenConfigured\":true");

        var settings = api.call("GET", "/api/settings", admin, null);
        assertThat(settings.json().at("/whatsapp/accessTokenConfigured").asBoolean()).isTrue();
        assertThat(settings.body()).doesNotContain(TOKEN);
        var sender = new SecretWhatsAppTokens(new SecretsManagerSecrets(api.engines.secrets), ApiFixture.WHATSAPP_TOKEN_SECRET_NAME,
                t -> { throw new IllegalStateException("no token"); }, Clock.systemUTC());
        assertThat(sender.tokenFor(w.tenant().id())).isEqualTo(TOKEN);

        var trail = new DynamoAuditEvents(api.tables()).page(w.tenant().id(), LocalDate.now(ZoneOffset.UTC), 200, null).items();
        assertThat(trail).anySatisfy(e -> assertThat(e.action()).isEqualTo("WHATSAPP_TOKEN_STORED"));
        assertThat(trail).allSatisfy(e -> assertThat(e.before() + " " + e.after()).doesNotContain(TOKEN));
        assertThat(api.call("GET", "/api/audit", admin, null).body()).contains("WHATSAPP_TOKEN_STORED").doesNotContain(TOKEN);
    }

    @Test
    void the_token_is_validated_and_only_a_tenant_admin_sets_it() {
        var blank = api.call("PUT", "/api/settings/whatsapp/token", admin, "{\"accessToken\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("message").asText()).startsWith("accessToken:");
        var spaced = api.call("PUT", "/api/settings/whatsapp/token", admin, "{\"accessToken\":\"two words are not a token at all\"}");
        assertThat(spaced.status()).isEqualTo(400);
        assertThat(spaced.body()).doesNotContain("two words");
        String manager = api.token(w.tenant().id(), w.user().id().value(), AccessRole.MANAGER);
        assertThat(api.call("PUT", "/api/settings/whatsapp/token", manager, "{\"accessToken\":\"" + TOKEN + "\"}").status()).isEqualTo(403);
    }

    @Test
    void the_platform_stores_a_tenants_token_and_an_unknown_tenant_is_not_found() {
        Tenant other = Workload.registerTenant(api.tables(), "token-platform", null);
        String path = "/api/platform/tenants/" + other.id().value() + "/whatsapp-token";
        var stored = api.call("PUT", path, superAdmin, "{\"accessToken\":\"EAAPlatformSetToken0123456789\"}");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).doesNotContain("EAAPlatformSetToken");
        assertThat(new SecretsManagerSecrets(api.engines.secrets).read(
                SecretWhatsAppTokens.secretName(ApiFixture.WHATSAPP_TOKEN_SECRET_NAME, other.id()))).contains("EAAPlatformSetToken0123456789");
        var detail = api.call("GET", "/api/platform/tenants/" + other.id().value(), superAdmin, null);
        assertThat(detail.json().at("/whatsapp/accessTokenConfigured").asBoolean()).isTrue();
        assertThat(detail.body()).doesNotContain("EAAPlatformSetToken");
        assertThat(api.call("PUT", "/api/platform/tenants/" + TenantId.newId().value() + "/whatsapp-token", superAdmin,
                "{\"accessToken\":\"EAAPlatformSetToken0123456789\"}").status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/platform/audit", superAdmin, null).body()).contains("WHATSAPP_TOKEN_STORED")
                .doesNotContain("EAAPlatformSetToken");
    }
}
