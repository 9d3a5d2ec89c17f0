package app.parley.auth.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An opaque refresh token: {@code <owner>.<familyId>.<secret>}, the secret being 256 random bits in
 * base64url. Only {@link #hash()} (SHA-256 of the whole token) is ever stored.
 */
record RefreshToken(SessionRef session, String secret) {
    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    static RefreshToken issue(SessionRef session) {
        return new RefreshToken(session, Randoms.urlSafe(SECRET_BYTES));
    }

    static Optional<RefreshToken> parse(String value) {
        if (value == null || value.length() > 200) return Optional.empty();
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3 || !SECRET.matcher(parts[2]).matches()) return Optional.empty();
        try {
            return Optional.of(new RefreshToken(new SessionRef(parts[0], parts[1]), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String value() {
        return session.owner() + "." + session.familyId() + "." + secret;
    }

    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[" + session + "]"; // never the secret
    }
}
