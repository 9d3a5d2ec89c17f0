package app.parley.common.model;

import com.github.f4b6a3.ulid.UlidCreator;
import java.util.regex.Pattern;

/** Entity ids: a short type prefix and a ULID, e.g. {@code ord_01J...}. Sortable by creation time. */
public final class Ids {
    private static final Pattern ULID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");

    private Ids() {}

    public static String next(String prefix) {
        return prefix + "_" + UlidCreator.getMonotonicUlid();
    }

    /** True when {@code value} is {@code prefix_} followed by a ULID. */
    public static boolean matches(String prefix, String value) {
        return value != null
                && value.length() == prefix.length() + 27
                && value.startsWith(prefix + "_")
                && ULID.matcher(value.substring(prefix.length() + 1)).matches();
    }

    /** The same id for the same key every time: the time, then 80 bits of a SHA-256 of the key. */
    public static String derived(String prefix, String key, java.time.Instant at) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return prefix + "_" + new com.github.f4b6a3.ulid.Ulid(at.toEpochMilli(), java.util.Arrays.copyOf(hash, 10));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String require(String prefix, String value, String what) {
        if (!matches(prefix, value)) throw new IllegalArgumentException("not a " + what + " id");
        return value;
    }
}
