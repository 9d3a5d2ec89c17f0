package app.parley.media.infrastructure;

import app.parley.platform.application.Secrets;
import java.security.SecureRandom;
import java.util.Base64;

/** The local stack's media wrapping key: 256 random bits kept in its secret store, generated on first use. */
final class LocalMediaKey {
    static final String SECRET_NAME = "parley/local/media-wrapping-key";

    private LocalMediaKey() {}

    static synchronized byte[] in(Secrets secrets) {
        return secrets.read(SECRET_NAME).map(Base64.getDecoder()::decode).orElseGet(() -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            secrets.put(SECRET_NAME, Base64.getEncoder().encodeToString(key));
            return key;
        });
    }
}
