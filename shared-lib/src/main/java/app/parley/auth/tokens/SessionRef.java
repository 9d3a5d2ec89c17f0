package app.parley.auth.tokens;

import app.parley.common.model.Ids;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/**
 * Where a login session (a refresh token family) lives: under its tenant, or on the platform for a
 * super admin ({@code owner} is the tenant id, or {@value #PLATFORM}). Not secret: it only locates
 * the family; the random part of the refresh token authenticates.
 */
public record SessionRef(String owner, String familyId) {
    public static final String PLATFORM = "platform";
    static final String FAMILY_PREFIX = "ses";

    public SessionRef {
        if (!PLATFORM.equals(owner) && !TenantId.isValid(owner)) throw new IllegalArgumentException("not a session owner");
        Ids.require(FAMILY_PREFIX, familyId, "session family");
    }

    static SessionRef newFamily(Optional<TenantId> tenant) {
        return new SessionRef(tenant.map(TenantId::value).orElse(PLATFORM), Ids.next(FAMILY_PREFIX));
    }

    /** The tenant whose table holds the family; empty for a platform (super admin) session. */
    public Optional<TenantId> tenant() {
        return PLATFORM.equals(owner) ? Optional.empty() : Optional.of(new TenantId(owner));
    }
}
