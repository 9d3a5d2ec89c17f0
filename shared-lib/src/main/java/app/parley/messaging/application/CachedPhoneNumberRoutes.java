package app.parley.messaging.application;

import app.parley.tenancy.application.PhoneNumberRoutes;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routing is not a kill switch, so the webhook may remember a number's tenant briefly: known
 * numbers for {@code known}, unknown ones for {@code unknown} (a newly connected number is
 * routed soon after). Kill switches and tenant status are checked downstream on every message.
 */
public final class CachedPhoneNumberRoutes implements PhoneNumberRoutes {
    private record Entry(Optional<TenantId> tenant, Instant until) {}

    private final PhoneNumberRoutes routes;
    private final Duration known;
    private final Duration unknown;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CachedPhoneNumberRoutes(PhoneNumberRoutes routes, Duration known, Duration unknown, Clock clock) {
        this.routes = routes;
        this.known = known;
        this.unknown = unknown;
        this.clock = clock;
    }

    @Override
    public Optional<TenantId> tenantFor(String phoneNumberId) {
        Instant now = clock.instant();
        Entry entry = entries.get(phoneNumberId);
        if (entry != null && now.isBefore(entry.until())) return entry.tenant();
        Optional<TenantId> tenant = routes.tenantFor(phoneNumberId);
        if (entries.size() > 10_000) entries.clear();
        entries.put(phoneNumberId, new Entry(tenant, now.plus(tenant.isPresent() ? known : unknown)));
        return tenant;
    }
}
