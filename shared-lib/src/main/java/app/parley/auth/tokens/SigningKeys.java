package app.parley.auth.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RS256 (RSA, 2048 bits or more) keys of access tokens: one current key that signs, and public keys that only
 * verify (the previous key after a rotation, or the next key published ahead of it). Tokens name
 * their key by {@code kid}.
 *
 * <p>Stored form: a JWK Set whose first key is the current one, with its private part; any other
 * keys verify only (their private parts are dropped on load). In AWS the set comes from Secrets
 * Manager; locally {@link #generate()} makes one at startup. Never create keys in a static initializer: under
 * SnapStart every container would share them.
 *
 * <p>RSA because API Gateway's HTTP API JWT authorizer verifies only RSA-signed tokens; a set holding any other
 * key type (the EC P-256 sets of before) is refused with a message naming the key.
 */
public final class SigningKeys {
    private static final int KEY_BITS = 2048;
    private final RSAKey current;
    private final Map<String, RSAKey> verifying;
    private final JWSSigner signer;
    private final Map<String, JWSVerifier> verifiers;

    private SigningKeys(RSAKey current, List<RSAKey> others) {
        this.current = requireUsable(current);
        if (!current.isPrivate()) throw new IllegalArgumentException("the current signing key needs its private part");
        this.verifying = new LinkedHashMap<>();
        verifying.put(current.getKeyID(), current.toPublicJWK());
        for (RSAKey other : others) {
            if (verifying.putIfAbsent(requireUsable(other).getKeyID(), other.toPublicJWK()) != null) {
                throw new IllegalArgumentException("two keys share the kid " + other.getKeyID());
            }
        }
        this.signer = signerOf(current);
        this.verifiers = new LinkedHashMap<>();
        verifying.forEach((kid, key) -> verifiers.put(kid, verifierOf(key)));
    }

    /** Loads a JWK Set JSON: first key signs (private part required), the others verify. */
    public static SigningKeys fromJwkSetJson(String json) {
        List<JWK> keys;
        try {
            keys = JWKSet.parse(json).getKeys();
        } catch (ParseException e) {
            throw new IllegalArgumentException("signing keys are not a JWK Set: " + e.getMessage());
        }
        if (keys.isEmpty()) throw new IllegalArgumentException("the JWK Set has no keys");
        List<RSAKey> rsa = keys.stream().map(SigningKeys::asRsaKey).toList();
        return new SigningKeys(rsa.getFirst(), rsa.subList(1, rsa.size()));
    }

    /** A fresh key pair; for local runs and tests, and as the next key of a rotation. */
    public static SigningKeys generate() {
        return new SigningKeys(newKey(), List.of());
    }

    /** A new current key; the old current key stays for verification until {@link #withoutKey}. */
    public SigningKeys rotate() {
        List<RSAKey> others = new ArrayList<>(verifying.values());
        return new SigningKeys(newKey(), others);
    }

    /** Stops accepting tokens of one verification key. The current key cannot be removed. */
    public SigningKeys withoutKey(String kid) {
        if (current.getKeyID().equals(kid)) throw new IllegalArgumentException("cannot remove the current signing key");
        List<RSAKey> others = verifying.values().stream()
                .filter(k -> !k.getKeyID().equals(kid) && !k.getKeyID().equals(current.getKeyID()))
                .toList();
        return new SigningKeys(current, others);
    }

    public String currentKeyId() {
        return current.getKeyID();
    }

    public List<String> keyIds() {
        return List.copyOf(verifying.keySet());
    }

    /** The stored form, private part of the current key included: write it to the secret, never log it. */
    public String toJwkSetJson() {
        List<JWK> keys = new ArrayList<>();
        keys.add(current);
        verifying.values().stream().filter(k -> !k.getKeyID().equals(current.getKeyID())).forEach(keys::add);
        return new JWKSet(keys).toString(false);
    }

    /** Public keys only, for a JWKS endpoint or other verifiers. */
    public String publicJwkSetJson() {
        return new JWKSet(List.copyOf(verifying.values())).toString(true);
    }

    JWSSigner signer() {
        return signer;
    }

    Optional<JWSVerifier> verifier(String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(verifiers.get(kid));
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static RSAKey asRsaKey(JWK jwk) {
        if (!(jwk instanceof RSAKey rsa)) {
            throw new IllegalArgumentException("signing keys must be RSA keys for RS256; key " + jwk.getKeyID()
                    + " is " + jwk.getKeyType() + " (an ES256 set from before: replace the secret with an RSA JWK Set)");
        }
        return rsa;
    }

    private static RSAKey requireUsable(RSAKey key) {
        if (key.size() < KEY_BITS) throw new IllegalArgumentException("signing keys need at least " + KEY_BITS + " bits");
        if (key.getKeyID() == null || key.getKeyID().isBlank()) throw new IllegalArgumentException("every key needs a kid");
        if (key.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("key " + key.getKeyID() + " is not for RS256");
        }
        return key;
    }

    private static JWSSigner signerOf(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable signing key " + key.getKeyID(), e);
        }
    }

    private static JWSVerifier verifierOf(RSAKey key) {
        try {
            return new RSASSAVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable verification key " + key.getKeyID(), e);
        }
    }
}
