package app.parley.persistence;

import app.parley.tenancy.model.TenantId;

/**
 * A request that would have touched data outside its tenant, refused before it left the
 * process. Fatal: never caught to carry on; it is logged, alarmed and audited.
 */
public final class TenantIsolationViolation extends RuntimeException {
    private final String operation;
    private final TenantId scope;
    private final String reason;

    public TenantIsolationViolation(String operation, TenantId scope, String reason) {
        super("tenant isolation violation in " + operation + ": " + reason);
        this.operation = operation;
        this.scope = scope;
        this.reason = reason;
    }

    public String operation() { return operation; }
    /** The scope the request carried; null when it carried none. */
    public TenantId scope() { return scope; }
    public String reason() { return reason; }
}
