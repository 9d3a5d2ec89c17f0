package app.parley.tenancy.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A business on the platform, with its settings, lifecycle and optimistic-lock version. */
public record Tenant(TenantId id, String slug, String name, Currency currency, ZoneId timezone, Locale locale,
                     TenantProfile profile, WorkingHours workingHours, WhatsAppConnection whatsapp,
                     AiSettings ai, Lifecycle lifecycle, Instant createdAt, long version) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public Tenant {
        Objects.requireNonNull(id, "id");
        if (slug == null || !SLUG.matcher(slug).matches()) throw new IllegalArgumentException("slug");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(whatsapp, "whatsapp");
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public TenantStatus status() { return lifecycle.status(); }

    public Tenant withAi(AiSettings settings) {
        return new Tenant(id, slug, name, currency, timezone, locale, profile, workingHours, whatsapp, settings, lifecycle, createdAt, version);
    }

    public Tenant withLifecycle(Lifecycle next) {
        return new Tenant(id, slug, name, currency, timezone, locale, profile, workingHours, whatsapp, ai, next, createdAt, version);
    }

    public Tenant withWhatsApp(WhatsAppConnection next) {
        return new Tenant(id, slug, name, currency, timezone, locale, profile, workingHours, next, ai, lifecycle, createdAt, version);
    }

    public Tenant withProfile(String nextName, TenantProfile nextProfile, WorkingHours nextHours) {
        return new Tenant(id, slug, nextName, currency, timezone, locale, nextProfile, nextHours, whatsapp, ai, lifecycle, createdAt, version);
    }

    public Tenant withVersion(long next) {
        return new Tenant(id, slug, name, currency, timezone, locale, profile, workingHours, whatsapp, ai, lifecycle, createdAt, next);
    }
}
