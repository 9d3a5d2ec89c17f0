package app.parley.api.onboarding;

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
 * Single-use email verification tokens: only the SHA-256 is stored ({@code P#VERIFY#<hash>}) with the tenant and
 * user it verifies and a TTL; redeeming deletes it under a condition, so a link works once.
 */
public final class SignUpVerifications {
    private final PlatformTable platform;

    record Holder(TenantId tenant, String userId) {}

    public SignUpVerifications(PlatformTable platform) { this.platform = platform; }

    String issue(TenantId tenant, String userId, Instant validUntil) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        platform.put(PlatformItem.of(Keys.platformSignUpVerification(hash(token)), Keys.META).with("tenantId", tenant.value())
                .with("userId", userId).with("validUntil", validUntil).expiresAt(validUntil));
        return token;
    }

    Optional<Holder> redeem(String token, Instant now) {
        if (token == null || token.length() > 100) return Optional.empty();
        String pk = Keys.platformSignUpVerification(hash(token));
        var found = platform.get(pk, Keys.META);
        if (found.isEmpty() || !now.isBefore(Attrs.instant(found.get(), "validUntil"))) return Optional.empty();
        if (!platform.deleteIf(pk, Keys.META, "attribute_exists(PK)", Map.of())) return Optional.empty();
        return Optional.of(new Holder(new TenantId(Attrs.str(found.get(), "tenantId")), Attrs.str(found.get(), "userId")));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
