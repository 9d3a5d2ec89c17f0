package app.parley.billing.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The usage envelope the pipeline and the AI providers publish on the usage-events queue
 * (JSON by {@link UsageEventJson}). Counted exactly once per {@code eventId}: publish the
 * same id again (a retry, a redelivery) and it is not counted twice, so derive the id from
 * what is counted, e.g. {@code wamid.X#in}, {@code <replyMessageId>#ai#input}.
 *
 * @param occurredAt decides the billing period (calendar month, UTC)
 * @param provider AI provider ({@code openai}, {@code bedrock}, ...) for AI token kinds, else null
 * @param model the provider's model id for AI token kinds, else null
 */
public record UsageEvent(String eventId, TenantId tenantId, UsageKind kind, long quantity, Instant occurredAt,
                         String provider, String model) {
    public static final int MAX_ID_LENGTH = 200;

    public UsageEvent {
        if (eventId == null || eventId.isBlank() || eventId.length() > MAX_ID_LENGTH) throw new IllegalArgumentException("eventId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        if (quantity < 0) throw new IllegalArgumentException("quantity");
        Objects.requireNonNull(occurredAt, "occurredAt");
        new UsageCounter(kind, provider, model);
    }

    public UsageCounter counter() { return new UsageCounter(kind, provider, model); }

    /** The billing period, {@code yyyy-MM} in UTC. */
    public String period() { return BillingPeriod.of(occurredAt); }

    /** Helpers for {@code yyyy-MM} periods. */
    public static final class BillingPeriod {
        private BillingPeriod() {}

        public static String of(Instant at) { return YearMonth.from(at.atZone(ZoneOffset.UTC)).toString(); }

        public static String previous(Instant at) { return YearMonth.from(at.atZone(ZoneOffset.UTC)).minusMonths(1).toString(); }
    }
}
