package app.parley.assistant.providers;

import java.util.Map;
import java.util.Optional;

/**
 * Port: the API key of a provider, asked for at every call so a rotated secret takes effect. Locally the
 * environment backs it; in AWS, Secrets Manager. A key is never logged, and never part of an exception text.
 */
@FunctionalInterface
public interface ProviderKeys {
    Optional<String> apiKey(ProviderName provider);

    static ProviderKeys fromEnvironment(Map<String, String> env) {
        return provider -> provider.keyVariable().map(env::get).filter(key -> !key.isBlank());
    }
}
