package app.parley.assistant.providers;

import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every usage in memory: for tests and the local stack. */
public final class InMemoryUsageRecorder implements UsageRecorder {
    private final List<TokenUsage> recorded = new CopyOnWriteArrayList<>();

    @Override
    public void record(TokenUsage usage) {
        recorded.add(usage);
    }

    public List<TokenUsage> recorded() {
        return List.copyOf(recorded);
    }

    public long inputTokens(TenantId tenant, ProviderName provider) {
        return of(tenant, provider).stream().mapToLong(TokenUsage::inputTokens).sum();
    }

    public long outputTokens(TenantId tenant, ProviderName provider) {
        return of(tenant, provider).stream().mapToLong(TokenUsage::outputTokens).sum();
    }

    private List<TokenUsage> of(TenantId tenant, ProviderName provider) {
        return recorded.stream().filter(u -> u.tenant().equals(tenant) && u.provider() == provider).toList();
    }
}
