package app.parley.auth.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ES256 (P-256) keys of access tokens: one current key that signs, and public keys that only
 * verify (the previous key after a rotation, or the next key published ahead of it). Tokens name
 * their key by {@code kid}.
 *
 * <p>Stored form: a JWK Set whose first key is the current one, with its private part; any other
 * keys verify only (their private parts are dropped on load). In AWS the set comes from Secrets
 * Manager; locally {@link #generate()} makes one at startup. Never create keys in a static
 * initializer: under SnapStart every container would share them.
 */
public final class SigningKeys {
    private final ECKey current;
    private final Map<String, ECKey> verifying;
    private final JWSSigner signer;
    private final Map<String, JWSVerifier> verifiers;

    private SigningKeys(ECKey current, List<ECKey> others) {
        this.current = requireUsable(current);
        if (!current.isPrivate()) throw new IllegalArgumentException("the current signing key needs its private part");
        this.verifying = new LinkedHashMap<>();
        verifying.put(current.getKeyID(), current.toPublicJWK());
        for (ECKey other : others) {
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
        List<ECKey> ec = keys.stream().map(SigningKeys::asEcKey).toList();
        return new SigningKeys(ec.getFirst(), ec.subList(1, ec.size()));
    }

    /** A fresh key pair; for local runs and tests, and as the next key of a rotation. */
    public static SigningKeys generate() {
        return new SigningKeys(newKey(), List.of());
    }

    /** A new current key; the old current key stays for verification until {@link #withoutKey}. */
    public SigningKeys rotate() {
        List<ECKey> others = new ArrayList<>(verifying.values());
        return new SigningKeys(newKey(), others);
    }

    /** Stops accepting tokens of one verification key. The current key cannot be removed. */
    public SigningKeys withoutKey(String kid) {
        if (current.getKeyID().equals(kid)) throw new IllegalArgumentException("cannot remove the current signing key");
        List<ECKey> others = verifying.values().stream()
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

    private static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    private static ECKey asEcKey(JWK jwk) {
        if (!(jwk instanceof ECKey ec)) throw new IllegalArgumentException("signing keys must be EC P-256 keys");
        return ec;
    }

    private static ECKey requireUsable(ECKey key) {
        if (!Curve.P_256.equals(key.getCurve())) throw new IllegalArgumentException("signing keys must use P-256");
        if (key.getKeyID() == null || key.getKeyID().isBlank()) throw new IllegalArgumentException("every key needs a kid");
        if (key.getAlgorithm() != null && !JWSAlgorithm.ES256.equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("key " + key.getKeyID() + " is not for ES256");
        }
        return key;
    }

    private static JWSSigner signerOf(ECKey key) {
        try {
            return new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable signing key " + key.getKeyID(), e);
        }
    }

    private static JWSVerifier verifierOf(ECKey key) {
        try {
            return new ECDSAVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable verification key " + key.getKeyID(), e);
        }
    }
}
