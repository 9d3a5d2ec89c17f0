package app.parley.api.auth;

import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Single-use password reset tokens: only the SHA-256 of a token is stored ({@code P#RESET#<hash>}),
 * with the user it resets and a TTL. Redeeming deletes the item under a condition, so a token works once.
 */
public final class PasswordResets {
    private final PlatformTable platform;

    public record Holder(UserId user, Optional<TenantId> tenant) {}

    public PasswordResets(PlatformTable platform) { this.platform = platform; }

    /** A new token for the user, valid until {@code expiresAt}; the raw token goes only into the mail. */
    public String issue(User user, Instant expiresAt) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        platform.put(PlatformItem.of(Keys.platformPasswordReset(hash(token)), Keys.META)
                .with("userId", user.id().value()).with("tenantId", user.tenant().map(TenantId::value).orElse(null))
                .with("validUntil", expiresAt).expiresAt(expiresAt));
        return token;
    }

    /** Spends the token: the user it was for, or empty when unknown, used or expired. */
    public Optional<Holder> redeem(String token, Instant now) {
        if (token == null || token.length() > 100) return Optional.empty();
        String pk = Keys.platformPasswordReset(hash(token));
        Optional<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> found = platform.get(pk, Keys.META);
        if (found.isEmpty() || !now.isBefore(Attrs.instant(found.get(), "validUntil"))) return Optional.empty();
        if (!platform.deleteIf(pk, Keys.META, "attribute_exists(PK)", Map.of())) return Optional.empty();
        String tenant = Attrs.optStr(found.get(), "tenantId");
        return Optional.of(new Holder(new UserId(Attrs.str(found.get(), "userId")), Optional.ofNullable(tenant).map(TenantId::new)));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
