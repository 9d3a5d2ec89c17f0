package app.parley.conversation.application;

import java.time.Instant;
import java.util.Optional;

/** A customer's own switches (opted out, paused for flooding) and the tenant's flood pause, as read for one check. */
public record CustomerState(boolean optedOut, Optional<Instant> pausedUntil, Optional<Instant> tenantPausedUntil) {
    public static final CustomerState OPEN = new CustomerState(false, Optional.empty(), Optional.empty());

    /** Why no automatic message may go to this customer at {@code now}, if any. */
    public Optional<SkipReason> closedAt(Instant now) {
        if (optedOut) return Optional.of(SkipReason.CUSTOMER_OPTED_OUT);
        if (pausedUntil.filter(now::isBefore).isPresent()) return Optional.of(SkipReason.CUSTOMER_FLOODING);
        if (tenantPausedUntil.filter(now::isBefore).isPresent()) return Optional.of(SkipReason.TENANT_FLOODING);
        return Optional.empty();
    }
}
