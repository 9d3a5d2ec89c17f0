package app.parley.api;

import app.parley.auth.tokens.SigningKeys;
import app.parley.config.Env;
import app.parley.platform.application.Secrets;
import java.util.Optional;

/** Where the access-token signing keys come from; the admin API and the documents function verify with the same set. */
public final class SigningKeySources {
    private SigningKeySources() {}

    /**
     * The JWK set from {@code JWT_SIGNING_JWKS}, or from the secret named by {@code JWT_SIGNING_JWKS_SECRET_ID};
     * generated only when neither is set on local engines (each container would otherwise sign with its own key).
     */
    public static SigningKeys fromEnvironment(Secrets secrets) {
        var inline = Env.find("JWT_SIGNING_JWKS");
        if (inline.isPresent()) return SigningKeys.fromJwkSetJson(inline.get());
        var secretId = Env.find("JWT_SIGNING_JWKS_SECRET_ID");
        if (secretId.isPresent()) return fromSecret(secrets, secretId.get(), isLocal());
        if (isLocal()) return SigningKeys.generate();
        throw new IllegalStateException("set JWT_SIGNING_JWKS or JWT_SIGNING_JWKS_SECRET_ID");
    }

    /** The set stored under {@code secretId}; on local engines made (or remade) when missing or unusable. */
    static SigningKeys fromSecret(Secrets secrets, String secretId, boolean local) {
        if (local) return generatedAndKept(secrets, secretId);
        var stored = secrets.read(secretId);
        if (stored.isPresent()) return SigningKeys.fromJwkSetJson(stored.get());
        throw new IllegalStateException("the JWT signing key secret " + secretId + " is empty");
    }

    /**
     * Locally the first container makes the key and keeps it in the store, so every token verifies after a restart.
     * A stored set we can no longer sign with (the ES256 sets of before RS256) is replaced: local sessions then
     * simply log in again. In AWS such a set stops the function with the reason instead.
     */
    private static synchronized SigningKeys generatedAndKept(Secrets secrets, String secretId) {
        var stored = secrets.read(secretId).flatMap(SigningKeySources::usableKeys);
        if (stored.isPresent()) return stored.get();
        SigningKeys keys = SigningKeys.generate();
        secrets.put(secretId, keys.toJwkSetJson());
        return keys;
    }

    private static Optional<SigningKeys> usableKeys(String jwkSetJson) {
        try {
            return Optional.of(SigningKeys.fromJwkSetJson(jwkSetJson));
        } catch (IllegalArgumentException e) {
            System.err.println("replacing the local JWT signing keys: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isLocal() {
        return "local".equals(Env.get("SECRETS_BACKEND", "aws"));
    }
}
