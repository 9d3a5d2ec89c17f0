package app.parley.auth.passwords;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Argon2id password hashes in PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}),
 * through password4j. Verification compares in constant time and uses the parameters stored in the
 * hash, so old hashes keep working after the parameters change; {@link #needsRehash} says when to
 * store a fresh one.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Longer inputs are refused before hashing: nobody types this much, and it bounds the work. */
    public static final int MAX_PASSWORD_LENGTH = 1024;

    private final Argon2Function function;
    private volatile String dummyHash;

    public PasswordHasher(Argon2Parameters parameters) {
        this.function = Argon2Function.getInstance(parameters.memoryKib(), parameters.iterations(),
                parameters.parallelism(), HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    }

    public static PasswordHasher owasp() {
        return new PasswordHasher(Argon2Parameters.OWASP);
    }

    public String hash(String password) {
        if (password == null || password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password missing or too long");
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt); // a fresh generator per call: nothing random survives a snapshot
        return function.hash(password.getBytes(StandardCharsets.UTF_8), salt).getResult();
    }

    /** True when the password matches the stored PHC hash; false for a wrong password or a bad hash. */
    public boolean verify(String password, String storedHash) {
        if (password == null || password.length() > MAX_PASSWORD_LENGTH || storedHash == null) return false;
        return stored(storedHash).map(f -> f.check(password, storedHash)).orElse(false);
    }

    /**
     * Verifies against the stored hash when there is one, and otherwise burns the same work on a dummy
     * hash and answers false, so an unknown account takes as long as a wrong password.
     */
    public boolean verifyOrBurn(String password, Optional<String> storedHash) {
        if (storedHash.isPresent()) return verify(password, storedHash.get());
        verify(password == null ? "" : password, dummyHash());
        return false;
    }

    /** True when the stored hash was made with other parameters (or another algorithm) than ours. */
    public boolean needsRehash(String storedHash) {
        return stored(storedHash).map(f -> !f.equals(function)).orElse(true);
    }

    private static Optional<Argon2Function> stored(String storedHash) {
        if (storedHash == null || !storedHash.startsWith("$argon2")) return Optional.empty();
        try {
            return Optional.of(Argon2Function.getInstanceFromHash(storedHash));
        } catch (RuntimeException notPhc) {
            return Optional.empty();
        }
    }

    private String dummyHash() {
        String dummy = dummyHash;
        if (dummy == null) { // made on first use, never in a static initializer (SnapStart)
            dummy = hash("parley-dummy-password-for-unknown-accounts");
            dummyHash = dummy;
        }
        return dummy;
    }
}
