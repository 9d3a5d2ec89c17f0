package app.parley.crm.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Which customers a search finds: {@code text} in the name (any case) or, by its digits, in the phone whatever
 * punctuation was typed ("+351 91-000" finds 351910000000); and the consent, when given. Empty parts match all.
 */
public record CustomerSearch(String text, Optional<Consent> consent) {
    public CustomerSearch {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(Customer c) {
        if (consent.isPresent() && c.consent() != consent.get()) return false;
        if (text.isEmpty()) return true;
        String digits = text.replaceAll("\\D", "");
        return (c.name() != null && c.name().toLowerCase(Locale.ROOT).contains(text))
                || (!digits.isEmpty() && c.phone().replaceAll("\\D", "").contains(digits));
    }
}
