package app.parley.tenancy.model;

/** What the business tells its customers about itself. */
public record TenantProfile(String about, String address, String phone) {}
