package app.parley.platform.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import app.parley.platform.application.AiProviders;
import app.parley.platform.model.AiProviderSettings;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code P#SETTINGS / AI_PROVIDERS}: providers as a list of maps, and the fallback order. Absent means the defaults. */
public final class DynamoAiProviders implements AiProviders {
    private final PlatformTable platform;

    public DynamoAiProviders(PlatformTable platform) { this.platform = platform; }

    @Override
    public AiProviderSettings current() {
        return platform.get(Keys.platformSettings(), Keys.PLATFORM_AI_PROVIDERS).map(DynamoAiProviders::settings)
                .orElseGet(AiProviderSettings::defaults);
    }

    @Override
    public void save(AiProviderSettings settings) {
        platform.put(PlatformItem.of(Keys.platformSettings(), Keys.PLATFORM_AI_PROVIDERS)
                .with("providers", AttributeValue.fromL(settings.providers().stream().map(p -> AttributeValue.fromM(Map.of(
                        "name", s(p.name()), "model", s(p.model()), "enabled", flag(p.enabled())))).toList()))
                .with("fallbackOrder", settings.fallbackOrder()));
    }

    private static AiProviderSettings settings(Map<String, AttributeValue> i) {
        List<AiProviderSettings.Provider> providers = i.get("providers").l().stream().map(v -> v.m())
                .map(m -> new AiProviderSettings.Provider(str(m, "name"), str(m, "model"), flag(m, "enabled"))).toList();
        return new AiProviderSettings(providers, strings(i, "fallbackOrder"));
    }
}
