package app.parley.billing.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One counter of a tenant's period: a kind, and for AI tokens the provider and model.
 * Its key is {@code KIND} or {@code KIND|provider|model}.
 */
public record UsageCounter(UsageKind kind, String provider, String model) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");

    public UsageCounter {
        Objects.requireNonNull(kind, "kind");
        if (kind.isAiTokens()) {
            if (provider == null || !NAME.matcher(provider).matches()) throw new IllegalArgumentException("provider");
            if (model == null || !NAME.matcher(model).matches()) throw new IllegalArgumentException("model");
        } else if (provider != null || model != null) {
            throw new IllegalArgumentException("provider and model are for AI tokens only");
        }
    }

    public String key() {
        return kind.isAiTokens() ? kind + "|" + provider + "|" + model : kind.name();
    }

    public static UsageCounter ofKey(String key) {
        String[] parts = key.split("\\|", -1);
        UsageKind kind = UsageKind.valueOf(parts[0]);
        return parts.length == 3 ? new UsageCounter(kind, parts[1], parts[2]) : new UsageCounter(kind, null, null);
    }
}
