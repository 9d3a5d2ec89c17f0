package app.parley.privacy.model;

import app.parley.crm.model.Consent;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The opt-out and opt-in keywords customers send over WhatsApp. A message counts only when it is
 * the keyword alone (case, spaces and punctuation aside), so "please stop by tomorrow" is not an opt-out.
 */
public final class ConsentKeywords {
    private static final Map<String, Consent> KEYWORDS = Map.ofEntries(
            Map.entry("STOP", Consent.WITHDRAWN), Map.entry("STOPALL", Consent.WITHDRAWN),
            Map.entry("UNSUBSCRIBE", Consent.WITHDRAWN), Map.entry("OPTOUT", Consent.WITHDRAWN),
            Map.entry("CANCEL", Consent.WITHDRAWN), Map.entry("END", Consent.WITHDRAWN), Map.entry("QUIT", Consent.WITHDRAWN),
            Map.entry("PARAR", Consent.WITHDRAWN), Map.entry("BAJA", Consent.WITHDRAWN),
            Map.entry("START", Consent.GRANTED), Map.entry("UNSTOP", Consent.GRANTED),
            Map.entry("SUBSCRIBE", Consent.GRANTED), Map.entry("OPTIN", Consent.GRANTED));

    private ConsentKeywords() {}

    public record Match(String keyword, Consent consent) {}

    public static Optional<Match> in(String text) {
        if (text == null || text.length() > 40) return Optional.empty();
        String word = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return Optional.ofNullable(KEYWORDS.get(word)).map(consent -> new Match(word, consent));
    }
}
