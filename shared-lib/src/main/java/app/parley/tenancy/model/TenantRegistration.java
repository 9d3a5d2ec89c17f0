package app.parley.tenancy.model;

public sealed interface TenantRegistration {
    record Registered(Tenant tenant) implements TenantRegistration {}
    record SlugTaken(String slug) implements TenantRegistration {}
    record PhoneNumberTaken(String phoneNumberId) implements TenantRegistration {}
}
