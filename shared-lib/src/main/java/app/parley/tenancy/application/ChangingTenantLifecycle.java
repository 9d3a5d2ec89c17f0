package app.parley.tenancy.application;

import app.parley.common.model.SaveOutcome;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.LifecycleChange;
import app.parley.tenancy.model.LifecycleTransition;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

public final class ChangingTenantLifecycle {
    private final Tenants tenants;
    private final TenantPurge purge;

    public ChangingTenantLifecycle(Tenants tenants, TenantPurge purge) {
        this.tenants = tenants;
        this.purge = purge;
    }

    public LifecycleChange change(TenantId id, LifecycleAction action) {
        Optional<Tenant> found = tenants.find(id);
        if (found.isEmpty()) return new LifecycleChange.NotFound(id);
        Tenant tenant = found.get();
        return switch (tenant.lifecycle().apply(action)) {
            case LifecycleTransition.NotAllowed refused -> new LifecycleChange.NotAllowed(refused.from(), refused.action());
            case LifecycleTransition.Moved moved when action == LifecycleAction.HARD_DELETE -> {
                purge.purge(tenant);
                yield new LifecycleChange.Changed(tenant.withLifecycle(moved.to()));
            }
            case LifecycleTransition.Moved moved -> save(tenant.withLifecycle(moved.to()));
        };
    }

    private LifecycleChange save(Tenant changed) {
        return switch (tenants.update(changed)) {
            case SaveOutcome.Saved<Tenant> saved -> new LifecycleChange.Changed(saved.value());
            case SaveOutcome.Stale<Tenant> stale -> new LifecycleChange.Conflict(changed.id());
        };
    }
}
