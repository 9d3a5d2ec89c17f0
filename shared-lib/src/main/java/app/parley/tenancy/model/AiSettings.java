package app.parley.tenancy.model;

import java.util.List;

/** The tenant's assistant switch and policy. Below the threshold the assistant hands over to a human. */
public record AiSettings(boolean enabled, double confidenceThreshold, List<String> allowedResponseTypes) {
    public static final double DEFAULT_THRESHOLD = 0.85;

    public AiSettings {
        if (confidenceThreshold < 0 || confidenceThreshold > 1) throw new IllegalArgumentException("confidenceThreshold must be within 0..1");
        allowedResponseTypes = List.copyOf(allowedResponseTypes);
    }

    public static AiSettings defaults() {
        return new AiSettings(true, DEFAULT_THRESHOLD, List.of("catalog", "faq", "collect_details", "order_request"));
    }

    public AiSettings switchedTo(boolean on) { return new AiSettings(on, confidenceThreshold, allowedResponseTypes); }
}
