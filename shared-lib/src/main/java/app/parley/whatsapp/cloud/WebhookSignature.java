package app.parley.whatsapp.cloud;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta signs every webhook POST with {@code X-Hub-Signature-256: sha256=<hex>}, an HMAC-SHA256 of
 * the raw request body keyed with the app secret. Verify the bytes as received, before parsing.
 */
public final class WebhookSignature {
    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;

    private WebhookSignature() {}

    /** True only when the header is present, well formed and matches the body. */
    public static boolean verify(byte[] rawBody, String headerValue, String appSecret) {
        if (rawBody == null || appSecret == null || appSecret.isEmpty()) return false;
        byte[] claimed = claimedDigest(headerValue);
        return claimed != null && MessageDigest.isEqual(claimed, hmac(rawBody, appSecret));
    }

    /** The header value Meta would send for this body; for tests and local tools. */
    public static String sign(byte[] rawBody, String appSecret) {
        return PREFIX + HexFormat.of().formatHex(hmac(rawBody, appSecret));
    }

    private static byte[] claimedDigest(String headerValue) {
        if (headerValue == null) return null;
        String value = headerValue.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) return null;
        String hex = value.substring(PREFIX.length());
        if (hex.length() != HEX_LENGTH) return null;
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static byte[] hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
