package app.parley.privacy.infrastructure;

import app.parley.platform.infrastructure.LocalSecrets;
import app.parley.tenancy.model.TenantId;
import com.amazonaws.encryptionsdk.MasterKeyProvider;
import com.amazonaws.encryptionsdk.jce.JceMasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local stack's tenant keys: one random AES-256 key per tenant in the local secret store (kept
 * encrypted on disk with {@code DATA_DIR}), used through the same Encryption SDK code path as KMS.
 */
final class LocalTenantKeys implements TenantKeys {
    static final String PROVIDER = "parley-local";
    private final LocalSecrets secrets;

    LocalTenantKeys(LocalSecrets secrets) {
        this.secrets = secrets;
    }

    static String secretName(TenantId tenant) {
        return "parley/local/tenant-keys/" + tenant.value();
    }

    @Override
    public MasterKeyProvider<?> provider(TenantId tenant) {
        return JceMasterKey.getInstance(new SecretKeySpec(key(tenant), "AES"), PROVIDER, "tenant/" + tenant.value(),
                "AES/GCM/NoPadding");
    }

    @Override
    public byte[] lookupSecret(TenantId tenant) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(tenant), "HmacSHA256"));
            return mac.doFinal("parley lookup secret".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public void destroy(TenantId tenant) {
        secrets.delete(secretName(tenant));
    }

    private byte[] key(TenantId tenant) {
        synchronized (secrets) {
            return secrets.read(secretName(tenant)).map(Base64.getDecoder()::decode).orElseGet(() -> {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                secrets.put(secretName(tenant), Base64.getEncoder().encodeToString(key));
                return key;
            });
        }
    }
}
