package app.parley.auth.tokens;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable URL-safe strings. A generator per call, so nothing random is captured by a snapshot. */
final class Randoms {
    private Randoms() {}

    static String urlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
