package app.parley.api.http;

import java.util.Arrays;
import java.util.Collection;

/** Validation of request fields; a failure is a 400 that names the field. */
public final class Check {
    private Check() {}

    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) throw ApiProblem.invalid(field, "is required.");
        if (value.length() > max) throw ApiProblem.invalid(field, "has more than " + max + " characters.");
        return value.strip();
    }

    public static String optionalText(String field, String value, int max) {
        if (value != null && value.length() > max) throw ApiProblem.invalid(field, "has more than " + max + " characters.");
        return value == null ? null : value.strip();
    }

    public static <T> T present(String field, T value) {
        if (value == null) throw ApiProblem.invalid(field, "is required.");
        return value;
    }

    public static void that(boolean holds, String field, String sentence) {
        if (!holds) throw ApiProblem.invalid(field, sentence);
    }

    /** The constant of {@code type} named {@code value}; otherwise a 400 listing the names it may be. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.invalid(field, "is one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
        }
    }

    public static <C extends Collection<?>> C size(String field, C values, int max) {
        if (values != null && values.size() > max) throw ApiProblem.invalid(field, "has more than " + max + " entries.");
        return values;
    }
}
