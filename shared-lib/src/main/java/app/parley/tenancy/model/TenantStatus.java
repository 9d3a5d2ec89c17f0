package app.parley.tenancy.model;

public enum TenantStatus { CREATED, ACTIVE, SUSPENDED, SOFT_DELETED, HARD_DELETED }
