package app.parley.tenancy.application.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A seed file (format of shared/eval/seed.json) after validation: every value checked. */
public record SeedFile(Optional<Login> superAdmin, List<SeedTenant> tenants) {

    public record Login(String email, String password) {}

    public record SeedTenant(String slug, String name, String currency, String timezone, String locale,
                             Map<String, String> profile, Map<String, String> workingHours,
                             WhatsApp whatsapp, Ai ai, List<SeedUser> users, List<SeedService> services,
                             List<SeedFaq> faqs, Map<String, List<String>> lookups) {}

    public record WhatsApp(String mode, String phoneNumberId, String displayPhoneNumber) {}

    public record Ai(boolean enabled, double confidenceThreshold, List<String> allowedResponseTypes) {}

    public record SeedUser(String email, String password, String role, String name) {}

    public record SeedService(String name, String kind, String price, String description,
                              List<String> keywords, List<String> includes) {}

    public record SeedFaq(String question, String answer) {}
}
