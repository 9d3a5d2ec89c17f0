package app.parley.assistant.providers;

import app.parley.tenancy.model.TenantId;
import java.util.Objects;

/** Tokens one model call consumed for one tenant: the raw material of AI usage billing. */
public record TokenUsage(TenantId tenant, ProviderName provider, String model, long inputTokens, long outputTokens) {
    public TokenUsage {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        if (inputTokens < 0 || outputTokens < 0) throw new IllegalArgumentException("token counts are never negative");
    }
}
