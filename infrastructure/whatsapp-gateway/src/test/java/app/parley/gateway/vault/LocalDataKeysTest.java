package app.parley.gateway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.tenancy.model.TenantId;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class LocalDataKeysTest {
    private final byte[] master = new SecureRandom().generateSeed(32);
    private final LocalDataKeys keys = new LocalDataKeys(master);
    private final TenantId tenant = TenantId.newId();

    @Test
    void a_wrapped_data_key_opens_for_its_tenant_and_never_travels_in_plaintext() throws Exception {
        DataKeys.DataKey key = keys.generate(tenant);
        assertThat(key.plaintext()).hasSize(32);
        assertThat(new String(key.encrypted(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(key.plaintext(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(keys.decrypt(tenant, key.encrypted())).isEqualTo(key.plaintext());
    }

    @Test
    void another_tenant_another_master_key_or_a_flipped_bit_is_refused() {
        DataKeys.DataKey key = keys.generate(tenant);
        assertThatThrownBy(() -> keys.decrypt(TenantId.newId(), key.encrypted())).isInstanceOf(DataKeys.KeyRefused.class);
        assertThatThrownBy(() -> new LocalDataKeys(new SecureRandom().generateSeed(32)).decrypt(tenant, key.encrypted()))
                .isInstanceOf(DataKeys.KeyRefused.class);
        byte[] tampered = key.encrypted().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> keys.decrypt(tenant, tampered)).isInstanceOf(DataKeys.KeyRefused.class);
    }
}
