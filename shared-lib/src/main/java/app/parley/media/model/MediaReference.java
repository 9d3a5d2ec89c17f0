package app.parley.media.model;

import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one message's media is kept: {@code media/<tenantId>/<sha-256 of the channel's message id>}.
 * Stable for a message however often it is delivered, safe as an S3 key and as a file name.
 */
public record MediaReference(TenantId tenant, String name) {
    private static final Pattern FORMAT = Pattern.compile("media/(t_[0-9A-HJKMNP-TV-Z]{26})/([0-9a-f]{64})");
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}");

    public MediaReference {
        if (tenant == null || name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("not a media name");
    }

    public static MediaReference forMessage(TenantId tenant, String externalMessageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(externalMessageId.getBytes(StandardCharsets.UTF_8));
            return new MediaReference(tenant, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The reference as stored on the message; empty when the text is not one. */
    public static Optional<MediaReference> parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches()) return Optional.empty();
        return Optional.of(new MediaReference(new TenantId(m.group(1)), m.group(2)));
    }

    public String value() {
        return "media/" + tenant.value() + "/" + name;
    }
}
