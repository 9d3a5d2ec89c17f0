package app.parley.privacy.infrastructure;

import app.parley.config.Env;
import app.parley.platform.infrastructure.LocalSecrets;
import app.parley.privacy.application.TenantCrypto;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.kms.KmsClient;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant crypto of this environment, one per process and configuration (its data key caches are
 * shared by every repository). {@code TENANT_KEYS=kms} (set in the template; the default inside Lambda, unless {@code SECRETS_BACKEND=local} says it is the local stack):
 * a KMS key per tenant under alias prefix {@code TENANT_KEY_ALIAS_PREFIX}. Otherwise ({@code local}, the
 * default off Lambda): a local AES key per tenant in the local secret store ({@code LOCAL_SECRETS_DIR}).
 */
public final class TenantCryptos {
    private static final Map<String, TenantCrypto> SHARED = new ConcurrentHashMap<>();

    private TenantCryptos() {}

    public static TenantCrypto fromEnvironment() {
        boolean localStack = "local".equals(Env.get("SECRETS_BACKEND", "aws"));
        boolean inLambda = Env.find("AWS_LAMBDA_FUNCTION_NAME").isPresent();
        String kind = Env.get("TENANT_KEYS", inLambda && !localStack ? "kms" : "local");
        return switch (kind) {
            case "kms" -> {
                String prefix = Env.get("TENANT_KEY_ALIAS_PREFIX", "alias/parley/tenant/");
                String endpoint = Env.get("AWS_ENDPOINT_URL_KMS", "");
                yield SHARED.computeIfAbsent("kms|" + endpoint + "|" + prefix,
                        k -> new EnvelopeCrypto(new KmsTenantKeys(KmsClients::kms, prefix)));
            }
            case "local" -> {
                String dir = Env.get("LOCAL_SECRETS_DIR", "");
                yield SHARED.computeIfAbsent("local|" + dir, k -> local(dir));
            }
            default -> throw new IllegalStateException("TENANT_KEYS must be kms or local");
        };
    }

    /**
     * Loads the Encryption SDK the first seal or open needs (0.3 s or more in a fresh JVM), for a start-up thread to do
     * while the function is built; it creates no key and touches no data, so it is safe before a SnapStart snapshot.
     */
    public static void loadEncryptionSdk() {
        EnvelopeCrypto.loadSdk();
    }

    private static TenantCrypto local(String dir) {
        return withLocalKeys(LocalSecrets.at(dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir))));
    }

    /** Tenant keys kept in this local secret store (the local stack; tests that want their own keys). */
    public static TenantCrypto withLocalKeys(LocalSecrets secrets) {
        return new EnvelopeCrypto(new LocalTenantKeys(secrets));
    }

    /** A KMS key per tenant under {@code aliasPrefix}. */
    public static TenantCrypto withKms(KmsClient kms, String aliasPrefix) {
        return new EnvelopeCrypto(new KmsTenantKeys(() -> kms, aliasPrefix));
    }
}
