package app.parley.tenancy.model;

import com.github.f4b6a3.ulid.UlidCreator;
import java.util.regex.Pattern;

/**
 * A tenant's identity: {@code t_} followed by a 26-character Crockford ULID. The fixed
 * length means one tenant id can never be a prefix of another, so key prefixes are safe.
 */
public record TenantId(String value) {
    private static final Pattern FORMAT = Pattern.compile("t_[0-9A-HJKMNP-TV-Z]{26}");

    public TenantId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tenant id");
        }
    }

    public static TenantId newId() {
        return new TenantId("t_" + UlidCreator.getMonotonicUlid());
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
