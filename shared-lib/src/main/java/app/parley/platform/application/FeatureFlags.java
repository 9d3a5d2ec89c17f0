package app.parley.platform.application;

import java.util.regex.Pattern;

/**
 * Platform-wide feature flags: new behaviour ships dark and is turned on (or back off) without a
 * deploy. A flag nobody has set is off. The same store serves AWS and the local stack (the
 * platform table, in DynamoDB or DynamoDB Local).
 */
public interface FeatureFlags {
    Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    boolean enabled(String flag);

    void set(String flag, boolean enabled);

    static String checked(String flag) {
        if (flag == null || !NAME.matcher(flag).matches()) {
            throw new IllegalArgumentException("a flag name is 1-64 lowercase letters, digits or dashes: " + flag);
        }
        return flag;
    }
}
