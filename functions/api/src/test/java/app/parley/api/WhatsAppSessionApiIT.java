package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.Workload;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linking the phone to the unofficial gateway: the command lands in the gateway's session registry
 * (platform table) and the session record at once; the status shows the code the gateway publishes;
 * nothing of another tenant's session is ever shown.
 */
class WhatsAppSessionApiIT {
    private static ApiFixture api;
    private static Workload unofficial;
    private static Workload other;
    private static Workload cloud;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        unofficial = Workload.create(api.tables(), "wa-link", "100200390");
        other = Workload.create(api.tables(), "wa-link-other", "100200391");
        cloud = Workload.create(api.tables(), "wa-link-cloud", "100200392");
        for (Workload w : new Workload[] {unofficial, other}) {
            assertThat(api.call("PUT", "/api/settings/whatsapp", admin(w), "{\"mode\":\"unofficial\"}").status()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() { api.close(); }

    private static String admin(Workload w) {
        return api.token(w.tenant().id(), w.user().id().value(), AccessRole.TENANT_ADMIN);
    }

    @Test
    void a_qr_login_is_registered_for_the_gateway_and_the_status_shows_the_code_it_publishes() {
        var requested = api.call("POST", "/api/settings/whatsapp/session/login", admin(unofficial), "{\"method\":\"qr\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        assertThat(requested.json().get("status").asText()).isEqualTo("CONNECTING");
        String sessionId = requested.json().get("sessionId").asText();

        var registry = api.tables().platform().get(Keys.platformGatewaySessions(), Keys.gatewaySession(unofficial.tenant().id(), sessionId));
        assertThat(registry).hasValueSatisfying(item -> {
            assertThat(Attrs.str(item, "login")).isEqualTo("QR");
            assertThat(Attrs.flag(item, "active")).isTrue();
            assertThat(Attrs.str(item, "tenant")).isEqualTo(unofficial.tenant().id().value());
        });

        Instant expires = Instant.now().plusSeconds(20);
        gatewayPublishes(unofficial.tenant().id(), sessionId, "2@qr-ref,abc", expires);
        var status = api.call("GET", "/api/settings/whatsapp/session", admin(unofficial), null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("mode").asText()).isEqualTo("unofficial");
        assertThat(status.json().at("/session/status").asText()).isEqualTo("PAIRING");
        assertThat(status.json().at("/session/loginCode/kind").asText()).isEqualTo("QR");
        assertThat(status.json().at("/session/loginCode/value").asText()).isEqualTo("2@qr-ref,abc");
        assertThat(Instant.parse(status.json().at("/session/loginCode/expiresAt").asText())).isEqualTo(expires);

        var again = api.call("POST", "/api/settings/whatsapp/session/login", admin(unofficial),
                "{\"method\":\"pairing_code\",\"phoneNumber\":\"+351 912 345 678\"}");
        assertThat(again.json().get("sessionId").asText()).as("the tenant's one session is reused").isEqualTo(sessionId);
        assertThat(again.json().path("loginCode").isValueNode() || again.json().path("loginCode").isMissingNode())
                .as("a new request clears the old code: " + again.body()).isTrue();
        assertThat(Attrs.str(api.tables().platform().get(Keys.platformGatewaySessions(),
                Keys.gatewaySession(unofficial.tenant().id(), sessionId)).orElseThrow(), "login")).isEqualTo("PAIRING:351912345678");

        var foreign = api.call("GET", "/api/settings/whatsapp/session", admin(other), null);
        assertThat(foreign.json().at("/session/sessionId").asText()).as("its own session only").isEqualTo(other.session().id().value());
        assertThat(foreign.body()).doesNotContain(sessionId).doesNotContain("qr-ref");
    }

    @Test
    void a_cloud_number_is_shown_and_cannot_be_linked_by_qr() {
        var status = api.call("GET", "/api/settings/whatsapp/session", admin(cloud), null);
        assertThat(status.json().get("mode").asText()).isEqualTo("cloud");
        assertThat(status.json().get("phoneNumberId").asText()).isEqualTo("100200392");
        assertThat(status.json().get("accessTokenConfigured").asBoolean()).isFalse();
        var refused = api.call("POST", "/api/settings/whatsapp/session/login", admin(cloud), "{\"method\":\"qr\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).isEqualTo("not_unofficial");
    }

    @Test
    void bad_login_input_is_refused_naming_the_field_and_nothing_is_registered() {
        var before = api.rawItemsOf(other.tenant().id());
        var noPhone = api.call("POST", "/api/settings/whatsapp/session/login", admin(other), "{\"method\":\"pairing_code\"}");
        assertThat(noPhone.status()).isEqualTo(400);
        assertThat(noPhone.json().get("message").asText()).startsWith("phoneNumber");
        var badMethod = api.call("POST", "/api/settings/whatsapp/session/login", admin(other), "{\"method\":\"sms\"}");
        assertThat(badMethod.status()).isEqualTo(400);
        assertThat(badMethod.json().get("message").asText()).startsWith("method");
        assertThat(api.rawItemsOf(other.tenant().id())).isEqualTo(before);
        String manager = api.token(other.tenant().id(), other.user().id().value(), AccessRole.MANAGER);
        assertThat(api.call("GET", "/api/settings/whatsapp/session", manager, null).status()).isEqualTo(403);
    }

    /** What the gateway's board writes when WhatsApp issues a QR code (same item, same attributes). */
    private static void gatewayPublishes(TenantId tenant, String sessionId, String qr, Instant expires) {
        api.tables().tenant().update(tenant, Keys.whatsAppSessions(tenant), Keys.session(sessionId), new Expression(
                "SET #status = :status, loginCode = :code, loginCodeKind = :kind, loginCodeExpiresAt = :expires",
                null, Map.of("#status", "status"), Map.of(":status", Attrs.s("PAIRING"), ":code", Attrs.s(qr),
                        ":kind", Attrs.s("QR"), ":expires", Attrs.s(expires.toString()))));
    }
}
