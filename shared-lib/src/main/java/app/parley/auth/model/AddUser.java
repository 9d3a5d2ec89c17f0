package app.parley.auth.model;

import app.parley.tenancy.model.TenantId;

/** Command: give a tenant a new staff login. {@code passwordHash} is already Argon2id. */
public record AddUser(TenantId tenant, String email, String name, Role role, String passwordHash) {}
