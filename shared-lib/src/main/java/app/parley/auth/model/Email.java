package app.parley.auth.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login email, normalized (trimmed, lower case) so uniqueness is platform-wide and case-blind. */
public record Email(String value) {
    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Email {
        value = value == null ? null : value.trim().toLowerCase(Locale.ROOT);
        if (value == null || value.length() > 254 || !FORMAT.matcher(value).matches()) throw new IllegalArgumentException("not an email");
    }
}
