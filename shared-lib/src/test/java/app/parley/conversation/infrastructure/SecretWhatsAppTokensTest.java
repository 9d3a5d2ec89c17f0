package app.parley.conversation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.platform.infrastructure.LocalSecrets;
import app.parley.tenancy.model.TenantId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretWhatsAppTokensTest {
    private static final String TEMPLATE = "parley/test/tenants/{tenantId}/whatsapp-token";

    @Test
    void each_tenant_gets_the_token_stored_under_its_own_name(@TempDir Path dir) {
        var secrets = LocalSecrets.at(Optional.of(dir));
        TenantId a = TenantId.newId();
        TenantId b = TenantId.newId();
        secrets.put(SecretWhatsAppTokens.secretName(TEMPLATE, a), "token-of-a");
        secrets.put(SecretWhatsAppTokens.secretName(TEMPLATE, b), "token-of-b");
        var tokens = new SecretWhatsAppTokens(secrets, TEMPLATE, t -> { throw new IllegalStateException("none"); }, Clock.systemUTC());

        assertThat(tokens.tokenFor(a)).isEqualTo("token-of-a");
        assertThat(tokens.tokenFor(b)).isEqualTo("token-of-b");
    }

    @Test
    void a_tenant_without_a_stored_token_gets_the_fallback_answer(@TempDir Path dir) {
        var tokens = new SecretWhatsAppTokens(LocalSecrets.at(Optional.of(dir)), TEMPLATE,
                t -> { throw new IllegalStateException("no WhatsApp access token is stored for tenant " + t.value()); }, Clock.systemUTC());

        assertThatThrownBy(() -> tokens.tokenFor(TenantId.newId())).hasMessageContaining("no WhatsApp access token");
    }
}
