package app.parley.tenancy.model;

public sealed interface LifecycleChange {
    record Changed(Tenant tenant) implements LifecycleChange {}
    record NotAllowed(TenantStatus from, LifecycleAction action) implements LifecycleChange {}
    record NotFound(TenantId id) implements LifecycleChange {}
    /** Someone else changed the tenant meanwhile; read again and retry. */
    record Conflict(TenantId id) implements LifecycleChange {}
}
