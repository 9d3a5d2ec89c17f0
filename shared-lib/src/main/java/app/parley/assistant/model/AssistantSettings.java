package app.parley.assistant.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the tenant admin decided for its assistant. The assistant never changes these.
 *
 * @param sellsDeliverables true when orders are delivered to an address, so the address is collected
 * @param requiredDetails   details an order request needs before it is passed on (the address is
 *                          added on top for delivered items)
 */
public record AssistantSettings(
        boolean enabled,
        double confidenceThreshold,
        Set<ResponseType> allowedResponseTypes,
        WorkingHours workingHours,
        boolean sellsDeliverables,
        Set<DetailField> requiredDetails) {

    public static final double DEFAULT_THRESHOLD = 0.85;

    public AssistantSettings {
        Objects.requireNonNull(workingHours, "workingHours");
        if (!(confidenceThreshold >= 0 && confidenceThreshold <= 1)) {
            throw new IllegalArgumentException("confidence threshold must be within [0, 1]");
        }
        allowedResponseTypes = allowedResponseTypes.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedResponseTypes));
        requiredDetails = requiredDetails.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredDetails));
    }

    /** Everything allowed, default threshold, name and preferred time required. */
    public static AssistantSettings defaults(WorkingHours hours, boolean sellsDeliverables) {
        return new AssistantSettings(true, DEFAULT_THRESHOLD, EnumSet.allOf(ResponseType.class), hours,
                sellsDeliverables, EnumSet.of(DetailField.NAME, DetailField.PREFERRED_TIME));
    }

    public boolean allows(ResponseType type) {
        return allowedResponseTypes.contains(type);
    }
}
