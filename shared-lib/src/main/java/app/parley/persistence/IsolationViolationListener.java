package app.parley.persistence;

/** Told about every refused request (the audit trail records it in the platform table). */
@FunctionalInterface
public interface IsolationViolationListener {
    void onViolation(TenantIsolationViolation violation);
}
