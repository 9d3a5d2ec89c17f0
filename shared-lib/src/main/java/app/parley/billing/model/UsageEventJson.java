package app.parley.billing.model;

import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The wire form of {@link UsageEvent}, the body of one usage-events queue message:
 * <pre>{"eventId":"wamid.X#out","tenantId":"t_01J...","kind":"AI_OUTPUT_TOKENS","quantity":512,
 *  "occurredAt":"2025-03-01T10:00:00Z","provider":"openai","model":"gpt-4o-mini"}</pre>
 * {@code provider} and {@code model} only for AI token kinds. Unknown fields are ignored (additive evolution).
 */
public final class UsageEventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UsageEventJson() {}

    public sealed interface Parse {
        record Parsed(UsageEvent event) implements Parse {}
        record Invalid(String reason) implements Parse {}
    }

    public static String write(UsageEvent e) {
        ObjectNode node = JSON.createObjectNode()
                .put("eventId", e.eventId()).put("tenantId", e.tenantId().value()).put("kind", e.kind().name())
                .put("quantity", e.quantity()).put("occurredAt", e.occurredAt().toString());
        if (e.provider() != null) node.put("provider", e.provider()).put("model", e.model());
        return node.toString();
    }

    public static Parse read(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) return new Parse.Invalid("not a JSON object");
            if (!n.path("quantity").canConvertToExactIntegral()) return new Parse.Invalid("quantity is not an integer");
            return new Parse.Parsed(new UsageEvent(text(n, "eventId"), new TenantId(text(n, "tenantId")),
                    UsageKind.valueOf(text(n, "kind")), n.path("quantity").longValue(),
                    Instant.parse(text(n, "occurredAt")), n.path("provider").textValue(), n.path("model").textValue()));
        } catch (JsonProcessingException e) {
            return new Parse.Invalid("not JSON");
        } catch (RuntimeException e) {
            return new Parse.Invalid(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        String value = n.path(field).textValue();
        if (value == null) throw new IllegalArgumentException(field + " missing");
        return value;
    }
}
