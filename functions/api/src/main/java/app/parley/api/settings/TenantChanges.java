package app.parley.api.settings;

import app.parley.api.http.ApiProblem;
import app.parley.common.model.SaveOutcome;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import java.util.function.UnaryOperator;

/** Changes a tenant's settings with its optimistic lock, re-reading and retrying when someone wrote first. */
public final class TenantChanges {
    private static final int ATTEMPTS = 3;
    private final Tenants tenants;

    public record Change(Tenant before, Tenant after) {}

    public TenantChanges(Tenants tenants) { this.tenants = tenants; }

    public Tenant current(TenantId id) {
        return tenants.find(id).orElseThrow(ApiProblem::notFound);
    }

    public Change apply(TenantId id, UnaryOperator<Tenant> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Tenant before = current(id);
            if (tenants.update(change.apply(before)) instanceof SaveOutcome.Saved<Tenant> saved) return new Change(before, saved.value());
        }
        throw ApiProblem.conflict("concurrent_change", "The settings kept changing while saving; try again.");
    }
}
