package app.parley.quotations.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a short customer reply as an answer to the quotation they were sent: "accept", "I accept", "yes, accepted",
 * "decline", "no thanks"... Anything longer or less clear is no answer (the assistant handles it as usual).
 */
public final class CustomerAnswers {
    private static final int LONGEST = 60;
    private static final Set<String> ACCEPT = Set.of("accept", "i accept", "accepted", "yes i accept", "yes accept",
            "yes accepted", "i accept the quotation", "i accept the quote", "accept quotation", "accept the quotation",
            "accept quote", "accept the quote", "we accept", "agreed", "i agree", "aceito", "acepto", "accepte", "j accepte");
    private static final Set<String> DECLINE = Set.of("decline", "i decline", "declined", "no thanks", "no thank you",
            "decline quotation", "decline the quotation", "decline quote", "decline the quote", "i reject", "reject",
            "not interested", "we decline", "recuso", "rechazo", "je refuse");

    private CustomerAnswers() {}

    public static Optional<QuotationStatus> read(String text) {
        if (text == null || text.length() > LONGEST) return Optional.empty();
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        if (ACCEPT.contains(plain)) return Optional.of(QuotationStatus.ACCEPTED);
        if (DECLINE.contains(plain)) return Optional.of(QuotationStatus.DECLINED);
        return Optional.empty();
    }
}
