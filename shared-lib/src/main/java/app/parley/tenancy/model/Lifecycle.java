package app.parley.tenancy.model;

import static app.parley.tenancy.model.TenantStatus.*;

import java.util.Objects;

/**
 * Where a tenant is in its life: CREATED → ACTIVE ⇄ SUSPENDED; any live state → SOFT_DELETED,
 * which remembers the state to restore; SOFT_DELETED → HARD_DELETED is final.
 *
 * @param beforeDeletion the state a restore returns to; null unless soft-deleted
 */
public record Lifecycle(TenantStatus status, TenantStatus beforeDeletion) {
    public Lifecycle {
        Objects.requireNonNull(status, "status");
        if ((status == SOFT_DELETED) != (beforeDeletion != null)) {
            throw new IllegalArgumentException("only a soft-deleted tenant remembers its previous state");
        }
    }

    public static Lifecycle created() { return new Lifecycle(CREATED, null); }
    public static Lifecycle of(TenantStatus status) { return new Lifecycle(status, null); }

    public boolean isLive() { return status == CREATED || status == ACTIVE || status == SUSPENDED; }

    public LifecycleTransition apply(LifecycleAction action) {
        Lifecycle next = switch (action) {
            case ACTIVATE -> status == CREATED ? of(ACTIVE) : null;
            case SUSPEND -> status == ACTIVE ? of(SUSPENDED) : null;
            case RESUME -> status == SUSPENDED ? of(ACTIVE) : null;
            case SOFT_DELETE -> isLive() ? new Lifecycle(SOFT_DELETED, status) : null;
            case RESTORE -> status == SOFT_DELETED ? of(beforeDeletion) : null;
            case HARD_DELETE -> status == SOFT_DELETED ? of(HARD_DELETED) : null;
        };
        return next == null ? new LifecycleTransition.NotAllowed(status, action) : new LifecycleTransition.Moved(this, next);
    }
}
