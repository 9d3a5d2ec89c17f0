package app.parley.tenancy.model;

/** A line of the platform's tenant registry (super admin lists). */
public record TenantSummary(TenantId id, String slug, String name, TenantStatus status) {}
