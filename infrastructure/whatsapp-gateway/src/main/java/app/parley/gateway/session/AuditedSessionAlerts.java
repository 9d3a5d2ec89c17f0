package app.parley.gateway.session;

import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.gateway.client.SessionRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Alerts as audit items: one in the tenant's trail (their notification feed) and one in the
 * platform's, so the operators' view sees every banned or logged-out number without a scan.
 */
public final class AuditedSessionAlerts implements SessionAlerts {
    private static final String ACTOR = "whatsapp-gateway";
    private final AuditEvents audit;

    public AuditedSessionAlerts(AuditEvents audit) {
        this.audit = audit;
    }

    @Override
    public void raise(SessionRef session, Alert alert, String detail, Instant at) {
        String action = "whatsapp.session." + alert.name().toLowerCase(java.util.Locale.ROOT);
        String after = "{\"sessionId\":\"" + session.session().value() + "\",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
        audit.record(AuditEvent.of(Optional.of(session.tenant()), ACTOR, action, null, after, at, ACTOR));
        audit.record(AuditEvent.of(Optional.empty(), ACTOR, action,
                null, after.replaceFirst("\\{", "{\"tenant\":\"" + session.tenant().value() + "\","), at, ACTOR));
    }
}
