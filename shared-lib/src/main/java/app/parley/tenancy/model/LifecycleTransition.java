package app.parley.tenancy.model;

public sealed interface LifecycleTransition {
    record Moved(Lifecycle from, Lifecycle to) implements LifecycleTransition {}
    record NotAllowed(TenantStatus from, LifecycleAction action) implements LifecycleTransition {}
}
