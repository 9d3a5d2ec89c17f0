package app.parley.assistant.understanding;

import app.parley.assistant.model.Faq;
import app.parley.assistant.model.Knowledge;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Picks the tenant FAQ whose question the message covers best, with synonyms and typos. */
final class FaqMatcher {
    static final double MIN_SCORE = 0.6;
    private static final Set<String> FILLERS = Set.of("do", "you", "i", "can", "is", "are", "the", "a", "an",
            "your", "our", "what", "to", "we", "of", "it", "be", "there", "any", "does", "my", "me", "for", "in",
            "on", "at", "and", "or", "o", "os", "as", "de", "da", "voce", "voces", "e", "el", "la", "los", "las",
            "es", "y", "que", "um", "uma", "un", "una", "se", "com", "con", "u", "ur", "have", "has", "will", "make", "sell", "offer", "get");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("take", "accept"), Map.entry("accepted", "accept"), Map.entry("cover", "accept"),
            Map.entry("aceita", "accept"), Map.entry("aceitam", "accept"), Map.entry("aceptan", "accept"),
            Map.entry("include", "add"), Map.entry("put", "add"), Map.entry("note", "message"),
            Map.entry("located", "where"), Map.entry("location", "where"), Map.entry("address", "where"),
            Map.entry("onde", "where"), Map.entry("donde", "where"), Map.entry("ubicacion", "where"),
            Map.entry("park", "parking"), Map.entry("estacionamento", "parking"), Map.entry("estacionamiento", "parking"),
            Map.entry("delivery", "deliver"), Map.entry("ship", "deliver"), Map.entry("entrega", "deliver"),
            Map.entry("entregam", "deliver"), Map.entry("entregan", "deliver"), Map.entry("envio", "deliver"),
            Map.entry("open", "opening"), Map.entry("hour", "opening"), Map.entry("horario", "opening"),
            Map.entry("close", "opening"), Map.entry("seguro", "insurance"),
            Map.entry("plano", "insurance"), Map.entry("cartao", "card"), Map.entry("tarjeta", "card"),
            Map.entry("mensagem", "message"), Map.entry("mensaje", "message"), Map.entry("nj", "jersey"));

    private FaqMatcher() {}

    static Optional<FaqMatch> match(List<String> words, Knowledge knowledge) {
        List<String> said = words.stream().map(FaqMatcher::canonical).filter(w -> !FILLERS.contains(w)).toList();
        FaqMatch best = null;
        for (Faq faq : knowledge.faqs()) {
            double score = score(said, faq);
            if (score >= MIN_SCORE && (best == null || score > best.score())) best = new FaqMatch(faq, score);
        }
        return Optional.ofNullable(best);
    }

    private static double score(List<String> said, Faq faq) {
        List<String> asked = Text.words(faq.question()).stream()
                .map(FaqMatcher::canonical).filter(w -> !FILLERS.contains(w)).distinct().toList();
        if (asked.isEmpty()) return 0;
        double found = 0;
        for (String token : asked) {
            found += said.stream().mapToDouble(w -> Similarity.of(w, token)).max().orElse(0);
        }
        return found / asked.size();
    }

    static String canonical(String word) {
        String stem = Text.stem(word);
        return SYNONYMS.getOrDefault(word, SYNONYMS.getOrDefault(stem, stem));
    }
}
