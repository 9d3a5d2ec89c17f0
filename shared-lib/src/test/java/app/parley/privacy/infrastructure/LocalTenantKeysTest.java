package app.parley.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.platform.infrastructure.LocalSecrets;
import app.parley.privacy.application.PersonalDataUnreadable;
import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's tenant keys: the same envelope code path as KMS, over a local AES key per tenant. */
class LocalTenantKeysTest {
    private static final TenantId A = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3F");
    private static final TenantId B = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3G");
    private static final byte[] BODY = "my address is 12 Harbour Road".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_value_opens_for_its_tenant_and_purpose_only(@TempDir Path dir) {
        TenantCrypto crypto = TenantCryptos.withLocalKeys(LocalSecrets.at(Optional.of(dir)));
        byte[] sealed = crypto.seal(A, "text", BODY);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Harbour");
        assertThat(crypto.open(A, "text", sealed)).isEqualTo(BODY);
        assertThatThrownBy(() -> crypto.open(B, "text", sealed)).isInstanceOf(PersonalDataUnreadable.class);
        assertThatThrownBy(() -> crypto.open(A, "name", sealed)).isInstanceOf(PersonalDataUnreadable.class);
    }

    @Test
    void keys_survive_a_restart_but_not_a_shred(@TempDir Path dir) {
        byte[] sealed = TenantCryptos.withLocalKeys(LocalSecrets.at(Optional.of(dir))).seal(A, "text", BODY);
        TenantCrypto restarted = TenantCryptos.withLocalKeys(LocalSecrets.at(Optional.of(dir)));
        assertThat(restarted.open(A, "text", sealed)).isEqualTo(BODY);
        String lookupBefore = restarted.lookup(A, "+15550001111");

        restarted.shred(A);

        assertThatThrownBy(() -> restarted.open(A, "text", sealed)).isInstanceOf(PersonalDataUnreadable.class);
        assertThat(restarted.lookup(A, "+15550001111")).isNotEqualTo(lookupBefore);
    }

    @Test
    void lookups_are_stable_per_tenant_and_differ_between_tenants(@TempDir Path dir) {
        TenantCrypto crypto = TenantCryptos.withLocalKeys(LocalSecrets.at(Optional.of(dir)));
        assertThat(crypto.lookup(A, "+15550001111")).isEqualTo(crypto.lookup(A, "+15550001111"))
                .isNotEqualTo(crypto.lookup(B, "+15550001111")).doesNotContain("5550001111");
    }
}
