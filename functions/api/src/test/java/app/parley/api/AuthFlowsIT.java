package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.persistence.Workload;
import app.parley.tenancy.model.Tenant;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, refresh with rotation and reuse detection, logout, throttling and password reset, through the handler. */
class AuthFlowsIT {
    private static final String PASSWORD = "correct horse battery staple";
    private static ApiFixture api;
    private static Tenant tenant;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        tenant = Workload.registerTenant(api.tables(), "auth-flows", null);
        for (String who : new String[] {"ann", "bob", "cat", "dan"}) {
            new DynamoUsers(api.tables()).create(User.ofTenant(tenant.id(), UserId.newId(), new Email(who + "@auth.example"),
                    who, Role.MANAGER, ApiFixture.HASHER.hash(PASSWORD)));
        }
    }

    @AfterAll
    static void stop() { api.close(); }

    private static ApiFixture.Answer login(String email, String password) {
        return api.call("POST", "/api/auth/login", (String) null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void login_gives_a_token_pair_that_opens_the_api() {
        JsonNode tokens = login("ann@auth.example", PASSWORD).json();
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
        JsonNode me = api.call("GET", "/api/me", tokens.get("accessToken").asText(), null).json();
        assertThat(me.get("email").asText()).isEqualTo("ann@auth.example");
        assertThat(me.get("tenantId").asText()).isEqualTo(tenant.id().value());
    }

    @Test
    void wrong_password_and_unknown_email_look_the_same() {
        var wrong = login("ann@auth.example", "not the password at all");
        var unknown = login("nobody@auth.example", PASSWORD);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void refresh_rotates_and_a_reused_token_ends_the_whole_session() {
        JsonNode first = login("bob@auth.example", PASSWORD).json();
        String r1 = first.get("refreshToken").asText();
        var second = api.call("POST", "/api/auth/refresh", (String) null, "{\"refreshToken\":\"" + r1 + "\"}");
        assertThat(second.status()).isEqualTo(200);
        String r2 = second.json().get("refreshToken").asText();
        assertThat(r2).isNotEqualTo(r1);

        var reuse = api.call("POST", "/api/auth/refresh", (String) null, "{\"refreshToken\":\"" + r1 + "\"}");
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.json().get("error").asText()).isEqualTo("refresh_token_reused");
        assertThat(api.call("POST", "/api/auth/refresh", (String) null, "{\"refreshToken\":\"" + r2 + "\"}").status()).isEqualTo(401);
    }

    @Test
    void logout_ends_the_session() {
        JsonNode tokens = login("cat@auth.example", PASSWORD).json();
        String refresh = tokens.get("refreshToken").asText();
        var out = api.call("POST", "/api/auth/logout", tokens.get("accessToken").asText(), "{\"refreshToken\":\"" + refresh + "\"}");
        assertThat(out.status()).isEqualTo(204);
        assertThat(api.call("POST", "/api/auth/refresh", (String) null, "{\"refreshToken\":\"" + refresh + "\"}").status()).isEqualTo(401);
    }

    @Test
    void repeated_failures_lock_the_account_with_retry_after() {
        for (int i = 0; i < 5; i++) assertThat(login("dan@auth.example", "wrong password " + i).status()).isEqualTo(401);
        var locked = login("dan@auth.example", PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().get("Retry-After"))).isPositive();
        assertThat(locked.json().get("error").asText()).isEqualTo("too_many_requests");
    }

    @Test
    void a_mailed_reset_token_sets_a_new_password_once() {
        new DynamoUsers(api.tables()).create(User.ofTenant(tenant.id(), UserId.newId(), new Email("eve@auth.example"), "eve",
                Role.AGENT, ApiFixture.HASHER.hash(PASSWORD)));
        assertThat(api.call("POST", "/api/auth/password-reset", (String) null, "{\"email\":\"eve@auth.example\"}").status()).isEqualTo(202);
        assertThat(api.call("POST", "/api/auth/password-reset", (String) null, "{\"email\":\"ghost@auth.example\"}").status()).isEqualTo(202);
        String superAdmin = api.token(null, "usr_01J00000000000000000000000", app.parley.auth.access.AccessRole.SUPER_ADMIN);
        JsonNode outbox = api.call("GET", "/api/dev/outbox?limit=10", superAdmin, null).json().get("items");
        String text = null;
        for (JsonNode mail : outbox) if (mail.get("to").asText().equals("eve@auth.example")) text = mail.get("text").asText();
        assertThat(text).isNotNull();
        String token = text.strip().substring(text.strip().lastIndexOf('\n') + 1).strip();
        String confirm = "{\"token\":\"" + token + "\",\"newPassword\":\"a brand new passphrase\"}";
        assertThat(api.call("POST", "/api/auth/password-reset/confirm", (String) null, confirm).status()).isEqualTo(204);
        assertThat(api.call("POST", "/api/auth/password-reset/confirm", (String) null, confirm).status()).isEqualTo(400);
        assertThat(login("eve@auth.example", "a brand new passphrase").status()).isEqualTo(200);
        assertThat(login("eve@auth.example", PASSWORD).status()).isEqualTo(401);
    }
}
