package app.parley.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process environment as product code sees it. In Lambda it is the function's environment
 * variables from template.yaml; the local stack, which runs every function in one JVM, puts the
 * same names here ({@link #override}) with local values (table names, queue URLs, endpoints).
 * Standard AWS names are honoured: {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL_SQS}.
 */
public final class Env {
    private static final Map<String, String> OVERRIDES = new ConcurrentHashMap<>();

    private Env() {}

    public static Optional<String> find(String name) {
        String value = OVERRIDES.get(name);
        if (value == null) value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public static String get(String name, String fallback) {
        return find(name).orElse(fallback);
    }

    public static String require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("environment variable " + name + " is not set"));
    }

    /** The process environment with the overrides on top (for factories that read many variables at once). */
    public static Map<String, String> all() {
        var merged = new java.util.HashMap<>(System.getenv());
        merged.putAll(OVERRIDES);
        return Map.copyOf(merged);
    }

    /** Local stack and tests only: sets values that take precedence over the process environment. */
    public static void override(Map<String, String> values) {
        OVERRIDES.putAll(values);
    }

    public static void clearOverrides() {
        OVERRIDES.clear();
    }
}
