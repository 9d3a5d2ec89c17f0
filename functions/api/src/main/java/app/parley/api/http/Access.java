package app.parley.api.http;

import app.parley.auth.access.Permission;

/** Who may call an operation: anyone, anyone signed in, or holders of a permission (see {@code Permission}). */
public sealed interface Access {
    record Public() implements Access {}

    record SignedIn() implements Access {}

    record Requires(Permission permission) implements Access {}

    static Access anyone() { return new Public(); }

    static Access signedIn() { return new SignedIn(); }

    static Access requires(Permission permission) { return new Requires(permission); }
}
