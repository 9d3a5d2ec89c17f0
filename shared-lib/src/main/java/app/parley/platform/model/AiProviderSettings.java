package app.parley.platform.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which AI providers the platform uses, with which model, and in which order it falls back.
 * API keys are not here: they live in the secret store under {@link #secretName}.
 */
public record AiProviderSettings(List<Provider> providers, List<String> fallbackOrder) {
    public static final Set<String> KNOWN = Set.of("local", "bedrock", "openai", "gemini");

    public record Provider(String name, String model, boolean enabled) {
        public Provider {
            if (name == null || !KNOWN.contains(name)) throw new IllegalArgumentException("provider");
            if (model == null || model.isBlank() || model.length() > 200) throw new IllegalArgumentException("model");
        }
    }

    public AiProviderSettings {
        providers = List.copyOf(providers);
        fallbackOrder = List.copyOf(fallbackOrder);
        Set<String> named = Set.copyOf(providers.stream().map(Provider::name).toList());
        if (named.size() != providers.size()) throw new IllegalArgumentException("providers");
        if (!named.containsAll(fallbackOrder) || Set.copyOf(fallbackOrder).size() != fallbackOrder.size()) {
            throw new IllegalArgumentException("fallbackOrder");
        }
        Objects.requireNonNull(fallbackOrder);
    }

    public static AiProviderSettings defaults() {
        return new AiProviderSettings(List.of(new Provider("local", "embedded", true)), List.of("local"));
    }

    public static String secretName(String provider) {
        return "parley/ai-providers/" + provider + "/api-key";
    }
}
