package app.parley.assistant.understanding;

import app.parley.assistant.model.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Guesses English, Portuguese or Spanish from common words; silent when the evidence is thin. */
final class LanguageGuess {
    private static final Set<String> EN = Set.of("the", "is", "how", "much", "what", "you", "do", "i", "my", "to",
            "for", "please", "price", "can", "want", "have", "and", "hi", "hello", "your", "of", "it", "me", "need",
            "does", "cost", "would", "like", "im", "with", "tomorrow", "name", "thanks", "where", "when", "are");
    private static final Set<String> PT = Set.of("voce", "voces", "quanto", "custa", "obrigado", "obrigada", "nao",
            "sim", "com", "uma", "um", "meu", "minha", "quero", "gostaria", "ola", "oi", "tem", "os", "do", "da",
            "dos", "das", "favor", "preco", "amanha", "hoje", "nome", "bom", "boa", "qual", "onde", "esta", "fazer",
            "corte", "pra", "vcs", "vc", "tudo", "isso", "aceitam", "entregam", "desconto", "agendar", "e");
    private static final Set<String> ES = Set.of("usted", "cuanto", "cuesta", "gracias", "si", "con", "una", "un",
            "mi", "quiero", "hola", "tiene", "tienen", "el", "los", "las", "del", "precio", "manana", "hoy",
            "nombre", "buenos", "buenas", "donde", "que", "es", "y", "para", "cita", "necesito", "puedo",
            "descuento", "ustedes", "vale", "muy", "hacen");

    private LanguageGuess() {}

    static Optional<Language> guess(String visibleText, List<String> words) {
        int en = count(words, EN);
        int pt = count(words, PT) + (visibleText.matches("(?s).*[ãõçÃÕÇ].*") ? 2 : 0);
        int es = count(words, ES) + (visibleText.matches("(?s).*[ñ¿¡Ñ].*") ? 2 : 0);
        int best = Math.max(en, Math.max(pt, es));
        if (best < 2) return Optional.empty();
        if (pt == best && pt > en && pt > es) return Optional.of(Language.PT);
        if (es == best && es > en && es > pt) return Optional.of(Language.ES);
        if (en == best && en > pt && en > es) return Optional.of(Language.EN);
        return Optional.empty();
    }

    private static int count(List<String> words, Set<String> common) {
        return (int) words.stream().filter(common::contains).count();
    }
}
