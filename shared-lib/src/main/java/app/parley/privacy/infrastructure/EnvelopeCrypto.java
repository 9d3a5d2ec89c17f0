package app.parley.privacy.infrastructure;

import app.parley.privacy.application.PersonalDataUnreadable;
import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.model.TenantId;
import com.amazonaws.encryptionsdk.AwsCrypto;
import com.amazonaws.encryptionsdk.CommitmentPolicy;
import com.amazonaws.encryptionsdk.CryptoAlgorithm;
import com.amazonaws.encryptionsdk.CryptoMaterialsManager;
import com.amazonaws.encryptionsdk.CryptoResult;
import com.amazonaws.encryptionsdk.caching.CachingCryptoMaterialsManager;
import com.amazonaws.encryptionsdk.caching.LocalCryptoMaterialsCache;
import com.amazonaws.encryptionsdk.exception.AwsCryptoException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AWS Encryption SDK's message format over the tenant's key: each message carries its data key
 * wrapped by the tenant's key, and its context (tenant, purpose) is authenticated. Data keys are
 * cached per tenant for {@link #DATA_KEY_LIFETIME} (caching materials manager), so the hot path
 * makes no KMS call for most values; the algorithm suite has key commitment and no signature (fast).
 */
public final class EnvelopeCrypto implements TenantCrypto {
    public static final Duration DATA_KEY_LIFETIME = Duration.ofSeconds(60);
    private static final long MESSAGES_PER_DATA_KEY = 10_000;
    private static final int CACHED_KEYS_PER_TENANT = 64;

    /**
     * Built on the first seal or open, not with the function: building it loads 267 classes of the
     * SDK and its Material Providers Library (0.3 s or more in a fresh JVM), which a first event that
     * opens no personal data should not pay. Immutable and thread-safe, so one per process.
     */
    private static final class Sdk {
        static final AwsCrypto CRYPTO = AwsCrypto.builder()
                .withCommitmentPolicy(CommitmentPolicy.RequireEncryptRequireDecrypt)
                .withEncryptionAlgorithm(CryptoAlgorithm.ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY)
                .withMaxEncryptedDataKeys(1)
                .build();
    }

    /** Builds the SDK's client now (class loading and its immutable configuration: no key, no data, no random). */
    static void loadSdk() {
        java.util.Objects.requireNonNull(Sdk.CRYPTO);
    }

    private final TenantKeys keys;
    private final Map<TenantId, CryptoMaterialsManager> managers = new ConcurrentHashMap<>();
    private final Map<TenantId, SecretKeySpec> lookups = new ConcurrentHashMap<>();

    EnvelopeCrypto(TenantKeys keys) {
        this.keys = keys;
    }

    @Override
    public byte[] seal(TenantId tenant, Map<String, String> context, byte[] plaintext) {
        Map<String, String> bound = new HashMap<>(context);
        bound.put(TENANT, tenant.value());
        return Sdk.CRYPTO.encryptData(manager(tenant), plaintext, bound).getResult();
    }

    @Override
    public Opened open(TenantId tenant, byte[] sealed) {
        try {
            CryptoResult<byte[], ?> result = Sdk.CRYPTO.decryptData(manager(tenant), sealed);
            if (!tenant.value().equals(result.getEncryptionContext().get(TENANT))) {
                throw new PersonalDataUnreadable("sealed for another tenant", null);
            }
            return new Opened(result.getResult(), Map.copyOf(result.getEncryptionContext()));
        } catch (AwsCryptoException | IllegalArgumentException | IllegalStateException refused) {
            throw new PersonalDataUnreadable("the value does not open with the tenant's key", refused);
        }
    }

    @Override
    public String lookup(TenantId tenant, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookups.computeIfAbsent(tenant, t -> new SecretKeySpec(keys.lookupSecret(t), "HmacSHA256")));
            byte[] digest = mac.doFinal((tenant.value() + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public void shred(TenantId tenant) {
        managers.remove(tenant);
        lookups.remove(tenant);
        keys.destroy(tenant);
    }

    private CryptoMaterialsManager manager(TenantId tenant) {
        return managers.computeIfAbsent(tenant, t -> CachingCryptoMaterialsManager.newBuilder()
                .withMasterKeyProvider(keys.provider(t))
                .withCache(new LocalCryptoMaterialsCache(CACHED_KEYS_PER_TENANT))
                .withMaxAge(DATA_KEY_LIFETIME.toSeconds(), TimeUnit.SECONDS)
                .withMessageUseLimit(MESSAGES_PER_DATA_KEY)
                .build());
    }
}
