package app.parley.privacy.infrastructure;

import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.model.TenantId;
import com.amazonaws.encryptionsdk.MasterKeyProvider;
import com.amazonaws.encryptionsdk.kmssdkv2.KmsMasterKeyProvider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlreadyExistsException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * One customer-managed KMS key per tenant, found by its alias ({@code <prefix><tenantId>}) and made on
 * first use. The tenant's lookup secret is kept wrapped by that same key in the key's description, so
 * it dies with the key. Deleting the key (after KMS's waiting window) makes every copy of the
 * tenant's sealed data unreadable, backups included.
 */
final class KmsTenantKeys implements TenantKeys {
    private static final String LOOKUP = "parley-lookup-secret:";
    private static final int DELETION_WINDOW_DAYS = 7;
    /** Tagged on every tenant key with the alias prefix: the functions' IAM policy only lets them touch keys so tagged. */
    static final String SCOPE_TAG = "parley:scope";

    private record TenantKey(String arn, byte[] lookupSecret) {}

    private final Supplier<KmsClient> client;
    private KmsClient kms;
    private final String aliasPrefix;
    private final Map<TenantId, TenantKey> known = new ConcurrentHashMap<>();

    /** {@code client} is asked once, on the first key used: a function whose first event opens nothing builds no KMS client. */
    KmsTenantKeys(Supplier<KmsClient> client, String aliasPrefix) {
        this.client = client;
        this.aliasPrefix = aliasPrefix;
    }

    private synchronized KmsClient kms() {
        if (kms == null) kms = client.get();
        return kms;
    }

    @Override
    public MasterKeyProvider<?> provider(TenantId tenant) {
        return KmsMasterKeyProvider.builder().customRegionalClientSupplier(region -> kms()).buildStrict(key(tenant).arn());
    }

    @Override
    public byte[] lookupSecret(TenantId tenant) {
        return key(tenant).lookupSecret().clone();
    }

    @Override
    public void destroy(TenantId tenant) {
        known.remove(tenant);
        existing(tenant).ifPresent(metadata -> {
            kms().deleteAlias(b -> b.aliasName(alias(tenant)));
            kms().scheduleKeyDeletion(b -> b.keyId(metadata.keyId()).pendingWindowInDays(DELETION_WINDOW_DAYS));
        });
    }

    String alias(TenantId tenant) {
        return aliasPrefix + tenant.value();
    }

    private TenantKey key(TenantId tenant) {
        return known.computeIfAbsent(tenant, t -> existing(t).map(m -> usable(t, m)).orElseGet(() -> create(t)));
    }

    private Optional<KeyMetadata> existing(TenantId tenant) {
        try {
            return Optional.of(kms().describeKey(b -> b.keyId(alias(tenant))).keyMetadata());
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    private TenantKey usable(TenantId tenant, KeyMetadata metadata) {
        if (metadata.keyState() != KeyState.ENABLED) throw new IllegalStateException("the tenant's key is " + metadata.keyState());
        String description = metadata.description() == null ? "" : metadata.description();
        if (!description.startsWith(LOOKUP)) throw new IllegalStateException("the tenant's key has no lookup secret");
        byte[] wrapped = Base64.getDecoder().decode(description.substring(LOOKUP.length()));
        byte[] secret = kms().decrypt(b -> b.keyId(metadata.arn()).ciphertextBlob(SdkBytes.fromByteArray(wrapped))
                .encryptionContext(lookupContext(tenant))).plaintext().asByteArray();
        return new TenantKey(metadata.arn(), secret);
    }

    /** Key, wrapped lookup secret, then alias: a key is only findable once complete. A lost race deletes its own key. */
    private TenantKey create(TenantId tenant) {
        KeyMetadata metadata = kms().createKey(b -> b.description("parley tenant key (being made)")
                .tags(Tag.builder().tagKey("parley:tenant").tagValue(tenant.value()).build(),
                        Tag.builder().tagKey(SCOPE_TAG).tagValue(aliasPrefix).build())).keyMetadata();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        byte[] wrapped = kms().encrypt(b -> b.keyId(metadata.arn()).plaintext(SdkBytes.fromByteArray(secret))
                .encryptionContext(lookupContext(tenant))).ciphertextBlob().asByteArray();
        kms().updateKeyDescription(b -> b.keyId(metadata.keyId()).description(LOOKUP + Base64.getEncoder().encodeToString(wrapped)));
        try {
            kms().createAlias(b -> b.aliasName(alias(tenant)).targetKeyId(metadata.keyId()));
            return new TenantKey(metadata.arn(), secret);
        } catch (AlreadyExistsException lostRace) {
            kms().scheduleKeyDeletion(b -> b.keyId(metadata.keyId()).pendingWindowInDays(DELETION_WINDOW_DAYS));
            return usable(tenant, existing(tenant).orElseThrow());
        }
    }

    private static Map<String, String> lookupContext(TenantId tenant) {
        return Map.of(TenantCrypto.TENANT, tenant.value(), TenantCrypto.PURPOSE, "lookup-secret");
    }
}
