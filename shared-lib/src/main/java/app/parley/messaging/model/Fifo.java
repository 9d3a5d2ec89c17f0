package app.parley.messaging.model;

import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * FIFO queue ids. One customer's messages share a group, so they are handled in order, while
 * different customers (and tenants) run in parallel. SQS allows 1..128 characters of
 * alphanumerics and punctuation in both ids.
 */
public final class Fifo {
    private static final Pattern SQS_ID = Pattern.compile("[\\p{Alnum}\\p{Punct}]{1,128}");

    private Fifo() {}

    public static String messageGroupId(TenantId tenant, String customer) {
        Objects.requireNonNull(tenant, "tenant");
        return fitting(tenant.value() + "#" + Objects.requireNonNull(customer, "customer"));
    }

    /** The external message id itself when SQS accepts it, otherwise its SHA-256 in hex. */
    public static String deduplicationId(String externalMessageId) {
        return fitting(Objects.requireNonNull(externalMessageId, "externalMessageId"));
    }

    private static String fitting(String id) {
        return SQS_ID.matcher(id).matches() ? id : sha256(id);
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
