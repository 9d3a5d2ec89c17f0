package app.parley.audit.model;

import app.parley.common.model.Ids;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what, to which tenant's data, when and from where.
 *
 * @param tenant empty for platform-level events (kill switch, isolation violations)
 * @param before JSON of the state before, or null
 * @param after JSON of the state after, or null
 * @param origin where the request came from (IP, function name, "assistant")
 */
public record AuditEvent(String id, Optional<TenantId> tenant, String actor, String action,
                         String before, String after, Instant at, String origin) {
    public static final String PREFIX = "aud";

    public AuditEvent {
        Ids.require(PREFIX, id, "audit event");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }

    public static AuditEvent of(Optional<TenantId> tenant, String actor, String action, String before, String after,
                                Instant at, String origin) {
        return new AuditEvent(Ids.next(PREFIX), tenant, actor, action, before, after, at, origin);
    }
}
