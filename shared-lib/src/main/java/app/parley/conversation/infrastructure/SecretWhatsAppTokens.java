package app.parley.conversation.infrastructure;

import app.parley.config.Env;
import app.parley.conversation.application.WhatsAppTokens;
import app.parley.platform.application.Secrets;
import app.parley.platform.infrastructure.SecretStores;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenants' Cloud API access tokens from the secret store ({@code WHATSAPP_TOKEN_SECRET_NAME}, e.g.
 * {@code parley/prod/tenants/{tenantId}/whatsapp-token}), cached for a few minutes: a token is not a
 * kill switch, and one Secrets Manager call per message would cost more than the send. On the local
 * stack a tenant without a stored token falls back to the environment's token.
 */
public final class SecretWhatsAppTokens implements WhatsAppTokens {
    private static final Duration CACHED_FOR = Duration.ofMinutes(5);

    private final Secrets secrets;
    private final String nameTemplate;
    private final WhatsAppTokens fallback;
    private final Clock clock;
    private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String token, Instant until) {}

    public SecretWhatsAppTokens(Secrets secrets, String nameTemplate, WhatsAppTokens fallback, Clock clock) {
        this.secrets = secrets;
        this.nameTemplate = nameTemplate;
        this.fallback = fallback;
        this.clock = clock;
    }

    public static WhatsAppTokens fromEnvironment() {
        boolean local = "local".equals(Env.get("SECRETS_BACKEND", "aws"));
        WhatsAppTokens fallback = local ? new EnvironmentWhatsAppTokens() : tenant -> {
            throw new IllegalStateException("no WhatsApp access token is stored for tenant " + tenant.value());
        };
        String template = Env.get("WHATSAPP_TOKEN_SECRET_NAME", "parley/local/tenants/{tenantId}/whatsapp-token");
        return new SecretWhatsAppTokens(SecretStores.fromEnvironment(), template, fallback, Clock.systemUTC());
    }

    /** The secret's name for one tenant; the admin API writes the token under this name. */
    public static String secretName(String template, TenantId tenant) {
        return template.replace("{tenantId}", tenant.value());
    }

    @Override
    public String tokenFor(TenantId tenant) {
        Instant now = clock.instant();
        Cached cached = cache.get(tenant);
        if (cached != null && now.isBefore(cached.until())) return cached.token();
        String token = secrets.read(secretName(nameTemplate, tenant)).orElseGet(() -> fallback.tokenFor(tenant));
        cache.put(tenant, new Cached(token, now.plus(CACHED_FOR)));
        return token;
    }
}
