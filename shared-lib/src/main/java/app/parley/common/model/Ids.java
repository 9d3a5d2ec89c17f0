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

    public static String require(String prefix, String value, String what) {
        if (!matches(prefix, value)) throw new IllegalArgumentException("not a " + what + " id");
        return value;
    }
}
