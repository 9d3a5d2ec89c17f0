package app.parley.api.settings;

import app.parley.api.http.Check;
import com.fasterxml.jackson.annotation.JsonInclude;
import app.parley.tenancy.model.AiSettings;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.WhatsAppConnection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bodies of the tenant settings endpoints. */
public final class SettingsBodies {
    public static final Set<String> RESPONSE_TYPES = Set.of("catalog", "faq", "collect_details", "order_request");

    private SettingsBodies() {}

    /** Partial: absent fields keep their value. */
    public record AiPatch(Boolean enabled, Double confidenceThreshold, List<String> allowedResponseTypes) {
        public AiPatch {
            Check.that(enabled != null || confidenceThreshold != null || allowedResponseTypes != null, "body", "names nothing to change.");
            Check.that(confidenceThreshold == null || (confidenceThreshold >= 0 && confidenceThreshold <= 1),
                    "confidenceThreshold", "is a number from 0 to 1.");
            Check.that(allowedResponseTypes == null || RESPONSE_TYPES.containsAll(allowedResponseTypes), "allowedResponseTypes",
                    "may only hold " + String.join(", ", new java.util.TreeSet<>(RESPONSE_TYPES)) + ".");
        }

        AiSettings applyTo(AiSettings current) {
            return new AiSettings(enabled == null ? current.enabled() : enabled,
                    confidenceThreshold == null ? current.confidenceThreshold() : confidenceThreshold,
                    allowedResponseTypes == null ? current.allowedResponseTypes() : allowedResponseTypes);
        }
    }

    public record AiView(boolean enabled, double confidenceThreshold, List<String> allowedResponseTypes) {
        public static AiView of(AiSettings ai) { return new AiView(ai.enabled(), ai.confidenceThreshold(), ai.allowedResponseTypes()); }
    }

    public record ProfileInput(String name, String about, String address, String phone) {
        public ProfileInput {
            name = Check.text("name", name, 200);
            about = Check.optionalText("about", about, 4000);
            address = Check.optionalText("address", address, 500);
            phone = Check.optionalText("phone", phone, 40);
        }
    }

    public record WorkingHoursInput(Map<String, String> byDay) {
        private static final String RANGE = "([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)";

        public WorkingHoursInput {
            Check.present("byDay", byDay);
            Set<String> days = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
            byDay.forEach((day, range) -> {
                Check.that(days.contains(day), "byDay", "keys are mon..sun.");
                Check.that(range != null && range.matches(RANGE), "byDay." + day, "is a range such as 09:00-18:00.");
            });
        }
    }

    public record WhatsAppInput(String mode) {
        public WhatsAppInput {
            Check.that("unofficial".equals(mode), "mode", "can only be set to unofficial here; Cloud API numbers are assigned by the platform.");
        }
    }

    /** {@code accessTokenConfigured} (whether a Cloud API token is stored; the token itself never is shown) only where it was asked. */
    public record WhatsAppView(String mode, String phoneNumberId, String displayPhoneNumber,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Boolean accessTokenConfigured) {
        public static WhatsAppView of(WhatsAppConnection c) {
            return switch (c) {
                case WhatsAppConnection.Cloud cloud -> new WhatsAppView("cloud", cloud.phoneNumberId(), cloud.displayPhoneNumber(), null);
                case WhatsAppConnection.Unofficial u -> new WhatsAppView("unofficial", null, null, null);
            };
        }

        public WhatsAppView withAccessTokenConfigured(boolean configured) {
            return new WhatsAppView(mode, phoneNumberId, displayPhoneNumber, configured);
        }
    }

    public record SettingsView(String tenantId, String slug, String name, String status, String currency, String timezone,
                               String locale, String about, String address, String phone, Map<String, String> workingHours,
                               WhatsAppView whatsapp, AiView ai) {
        public static SettingsView of(Tenant t) {
            return of(t, WhatsAppView.of(t.whatsapp()));
        }

        public static SettingsView of(Tenant t, boolean accessTokenConfigured) {
            return of(t, WhatsAppView.of(t.whatsapp()).withAccessTokenConfigured(accessTokenConfigured));
        }

        private static SettingsView of(Tenant t, WhatsAppView whatsapp) {
            return new SettingsView(t.id().value(), t.slug(), t.name(), t.status().name(), t.currency().getCurrencyCode(),
                    t.timezone().getId(), t.locale().toLanguageTag(), t.profile().about(), t.profile().address(),
                    t.profile().phone(), t.workingHours().byDay(), whatsapp, AiView.of(t.ai()));
        }
    }
}
