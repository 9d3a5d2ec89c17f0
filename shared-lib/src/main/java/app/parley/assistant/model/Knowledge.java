package app.parley.assistant.model;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What one tenant tells its assistant: who it is, what it sells at which price, and its FAQs. */
public record Knowledge(
        String businessName, Currency currency, Locale locale, List<CatalogService> services, List<Faq> faqs) {

    public Knowledge {
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(locale, "locale");
        services = List.copyOf(services);
        faqs = List.copyOf(faqs);
        if (services.stream().anyMatch(s -> !s.price().currency().equals(currency))) {
            throw new IllegalArgumentException("every catalog price must be in the tenant currency");
        }
    }

    public Optional<CatalogService> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Language language() {
        return Language.of(locale);
    }
}
