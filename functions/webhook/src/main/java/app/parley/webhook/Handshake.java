package app.parley.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Meta's subscription check: echo {@code hub.challenge} only when the verify token matches (constant time). */
record Handshake(String verifyToken) {
    Optional<String> challengeFor(String mode, String token, String challenge) {
        if (!"subscribe".equals(mode) || token == null || challenge == null || verifyToken == null || verifyToken.isEmpty()) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), verifyToken.getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(challenge) : Optional.empty();
    }
}
