package app.parley.api.platform;

import app.parley.api.http.ApiProblem;
import app.parley.api.http.Check;
import app.parley.api.settings.SettingsBodies.SettingsView;
import app.parley.platform.model.AiProviderSettings;
import java.util.List;
import java.util.Map;

/** Bodies of the platform (super admin) endpoints. */
public final class PlatformBodies {
    private PlatformBodies() {}

    public record FirstAdmin(String email, String name) {
        public FirstAdmin {
            Check.text("admin.email", email, 254);
            name = Check.text("admin.name", name, 200);
        }
    }

    public record NewTenant(String slug, String name, String currency, String timezone, String locale, FirstAdmin admin) {
        public NewTenant {
            Check.that(slug != null && slug.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"), "slug", "is lower-case letters, digits and dashes.");
            name = Check.text("name", name, 200);
            Check.text("currency", currency, 3);
            Check.text("timezone", timezone, 64);
            Check.text("locale", locale, 35);
        }
    }

    public record TenantLine(String id, String slug, String name, String status) {}

    public record HardDelete(String confirmSlug) {
        public HardDelete { Check.text("confirmSlug", confirmSlug, 63); }
    }

    public record Switch(Boolean aiEnabled) {
        public Switch { Check.present("aiEnabled", aiEnabled); }
    }

    public record KillSwitchView(boolean aiEnabled) {}

    public record TenantAiSwitch(Boolean enabled) {
        public TenantAiSwitch { Check.present("enabled", enabled); }
    }

    public record CloudNumber(String phoneNumberId, String displayPhoneNumber) {
        public CloudNumber {
            Check.that(phoneNumberId != null && phoneNumberId.matches("[0-9]{5,32}"), "phoneNumberId", "is Meta's numeric phone number id.");
            displayPhoneNumber = Check.text("displayPhoneNumber", displayPhoneNumber, 40);
        }
    }

    public record ProviderInput(String name, String model, Boolean enabled, String apiKey) {
        public ProviderInput {
            Check.that(name != null && AiProviderSettings.KNOWN.contains(name), "providers.name", "is one of local, bedrock, openai, gemini.");
            model = Check.text("providers.model", model, 200);
            apiKey = Check.optionalText("providers.apiKey", apiKey, 4096);
        }
    }

    public record ProvidersInput(List<ProviderInput> providers, List<String> fallbackOrder) {
        public ProvidersInput {
            Check.that(providers != null && !providers.isEmpty() && providers.size() <= 10, "providers", "holds 1 to 10 providers.");
            Check.present("fallbackOrder", fallbackOrder);
        }

        AiProviderSettings settings() {
            try {
                return new AiProviderSettings(providers.stream().map(p -> new AiProviderSettings.Provider(p.name(), p.model(),
                        p.enabled() == null || p.enabled())).toList(), fallbackOrder);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid(e.getMessage(), "names each provider once; the fallback order only names configured providers.");
            }
        }
    }

    /** Keys are never shown: only whether one is stored. */
    public record ProviderView(String name, String model, boolean enabled, boolean apiKeyConfigured) {}

    public record ProvidersView(List<ProviderView> providers, List<String> fallbackOrder) {}

    public record Usage(String tenantId, String slug, Long messages, String basis) {}

    public record TenantDetail(SettingsView tenant, Map<String, String> lifecycle) {}
}
