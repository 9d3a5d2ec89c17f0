package app.parley.audit.infrastructure;

import app.parley.audit.model.AuditEvent;
import app.parley.persistence.IsolationViolationListener;
import app.parley.persistence.PlatformTable;
import app.parley.persistence.TenantIsolationInterceptor;
import app.parley.persistence.TenantIsolationViolation;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Records each refused request in the platform audit trail (it belongs to no tenant's data). */
public final class AuditedIsolationViolations implements IsolationViolationListener {
    private final PlatformTable platform;

    /** Built on the first violation, not with the DynamoDB client this listener is attached to (cold start). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    public AuditedIsolationViolations(PlatformTable platform) { this.platform = platform; }

    @Override
    public void onViolation(TenantIsolationViolation v) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("operation", v.operation());
        details.put("scope", v.scope() == null ? null : v.scope().value());
        details.put("reason", v.reason());
        AuditEvent event = AuditEvent.of(Optional.empty(), "system", TenantIsolationInterceptor.ALARM, null,
                json(details), Instant.now(), "dynamodb-client");
        platform.put(AuditItems.platformItem(event));
    }

    private static String json(Map<String, String> details) {
        try {
            return Json.MAPPER.writeValueAsString(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
